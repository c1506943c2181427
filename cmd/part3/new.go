package main

import (
	"bytes"
	"flag"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/internal/suggest"
	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/report"
	"github.com/csplanning/part3/service"
)

func init() {
	register(&command{
		name:    "new",
		args:    "KIND --council NAME --period PERIOD",
		summary: "writes a starter document of a kind: a skeleton that decodes, whose findings say what to fill in",
		detail: `
Writes a starter document of kind KIND for the partnership of council NAME
and the three-year period PERIOD (such as 2026-2029) to standard output, as
JSON: a skeleton that decodes as its kind, with what the module knows
filled in from its own data and everything else left empty for the author,
so that "part3 validate" on it lists what there is to fill in.

  - childrens-services-plan: the partnership (the council area, its
    relevant health board and integration joint board), the period and its
    dates, the other service providers owed an effective opportunity to
    take part (s.10(1)(a)) as the register lists them on the day the
    period starts, the five aims of s.9(2), and empty lists of priorities,
    outcomes, indicators, services and consultees;
  - annual-report: the first reporting period of PERIOD (or the reporting
    period given, such as 2026-2027), the joint planners who publish it
    (s.13(1)), the five aims, and empty lists;
  - notice-of-disagreement: a notice by Police Scotland (--issuer gives
    another other service provider) about the partnership's plan for the
    period, with its matters to fill in;
  - planning-history: the partnership's history with the period's plan,
    nothing yet recorded;
  - duty-question: a question whether the section 12 duty binds Police
    Scotland (or --issuer) to provide a service of the plan, as of the day
    the period starts;
  - judgement-context: the context to judge with, the law as it stands and
    the module's default numbers, its as_of left to the command line.

The law applied to the skeleton (who prepares a plan, who is owed an
opportunity) is the law as it stands: give --context FILE for a
judgement-context document that says otherwise (such as the commencement
of section 60 of the 2026 Act). No as-of date is needed.`,
		example: `
$ part3 new childrens-services-plan --council Fife --period 2026-2029
{
  "kind": "childrens-services-plan",
  "title": "Fife Children's Services Plan 2026-2029",
  "partnership": {
    "name": "Fife Children's Services Partnership",
    "areas": [
      {
        "council": "Fife",
        "health_board": "NHS Fife",
        "integration_joint_board": "Fife Integration Joint Board"
      }
    ]
  },
  "period": "2026-2029",
...`,
		formats:    []string{"json"},
		readsFiles: true,
		bind: withFlags(func(fs *flag.FlagSet, o *newFlags) {
			fs.StringVar(&o.council, "council", "", "the partnership's council area `NAME`: a name in common use or a GSS code")
			fs.StringVar(&o.period, "period", "", "the three-year `PERIOD`, such as 2026-2029 (for an annual report, a reporting period such as 2026-2027 will do)")
			fs.StringVar(&o.issuer, "issuer", string(service.ProviderPoliceScotland), "for a notice or a duty question, the other service `PROVIDER` it is about")
			fs.StringVar(&o.context, "context", "", "a judgement-context document `FILE` (\"-\" for standard input) stating the law to build the skeleton under")
		}, runNew),
	})
}

// newFlags are the flags of one run of "part3 new".
type newFlags struct {
	council, period, issuer, context string
}

// newKinds are the kinds "part3 new" writes, in the order its help lists
// them.
var newKinds = []string{plan.Kind, report.Kind, consult.NoticeKind, duty.HistoryKind, duty.QuestionKind, judgement.Kind}

func runNew(e *env, o *newFlags, _ string, args []string) int {
	if len(args) != 1 {
		return fail(e, &usageError{fmt.Sprintf("new: expected one KIND, one of %s; run \"part3 new -h\" for usage", strings.Join(newKinds, ", "))})
	}
	kind := args[0]
	if !slices.Contains(newKinds, kind) {
		return fail(e, &usageError{fmt.Sprintf("new: no starter document of kind %q%s; the kinds: %s", kind, suggest.Phrase(kind, newKinds), strings.Join(newKinds, ", "))})
	}
	var ctx judgement.Context
	if o.context != "" {
		data, err := e.readFile(o.context)
		if err != nil {
			return fail(e, fmt.Errorf("new: --context: %w", unreadable(o.context, err, "a readable judgement-context file")))
		}
		if ctx, err = judgement.Decode(label(o.context), data); err != nil {
			return fail(e, fmt.Errorf("new: --context: %w", err))
		}
	}
	var doc any
	var err error
	if kind == judgement.Kind {
		doc = contextSkeleton(ctx)
	} else {
		var s skeleton
		if s, err = newSkeleton(o, ctx); err != nil {
			return fail(e, fmt.Errorf("new: %w", err))
		}
		switch kind {
		case plan.Kind:
			doc = s.plan()
		case report.Kind:
			doc = s.report()
		case consult.NoticeKind:
			doc = s.notice()
		case duty.HistoryKind:
			doc = s.history()
		case duty.QuestionKind:
			doc = s.question()
		}
	}
	data, err := judge.MarshalJSON(doc)
	if err != nil {
		return fail(e, fmt.Errorf("new: %w", err))
	}
	e.stdout.Write(data)
	return exitOK
}

// skeleton is what a starter document is built from: the partnership, the
// period and the law on the day the period starts.
type skeleton struct {
	council   service.Council
	period    period.PlanPeriod
	reporting period.ReportingPeriod
	law       service.Law
	on        period.Date
	issuer    service.Provider
}

func newSkeleton(o *newFlags, ctx judgement.Context) (skeleton, error) {
	var s skeleton
	if o.council == "" {
		return s, &usageError{"--council NAME is required: the partnership's council area"}
	}
	c, err := service.LookupCouncil(o.council)
	if err != nil {
		return s, fmt.Errorf("--council: %w", err)
	}
	s.council = c
	switch {
	case o.period == "":
		return s, &usageError{"--period PERIOD is required: the three-year period, such as 2026-2029"}
	default:
		p, perr := period.ParsePlanPeriod(o.period)
		if perr != nil {
			r, rerr := period.ParseReportingPeriod(o.period)
			if rerr != nil {
				return s, fmt.Errorf("--period: %w", perr)
			}
			s.reporting = r
			if p, perr = period.PlanPeriodOf(r.Start()); perr != nil {
				return s, fmt.Errorf("--period: %w", perr)
			}
		} else {
			s.reporting, _ = period.ReportingPeriodOf(p.Start())
		}
		s.period = p
	}
	s.on = s.period.Start()
	if s.law, err = ctx.Law(); err != nil {
		return s, fmt.Errorf("--context: %w", err)
	}
	s.issuer = service.Provider(o.issuer)
	if !slices.ContainsFunc(service.OtherServiceProvidersFor([]service.Council{c}, s.on, s.law), func(a service.AreaOtherServiceProvider) bool {
		return a.Provider() == s.issuer
	}) {
		return s, &usageError{fmt.Sprintf("--issuer %q: not an other service provider for %s on %s", o.issuer, c.Name(), s.on)}
	}
	return s, nil
}

// planners returns the bodies that prepare the plan jointly (s.7(6)).
func (s skeleton) planners() []service.Body { return service.JointPlanners(s.council, s.on, s.law) }

// area is the plan's council area with its bodies.
func (s skeleton) area() plan.Area {
	a := plan.Area{Council: s.council, HealthBoard: s.council.HealthBoard()}
	if j, ok := s.council.IntegrationJointBoard(); ok {
		a.IntegrationJointBoard = j
	}
	return a
}

// aims returns an object with a member for each of the five aims of
// s.9(2), named as the JSON of aims (a plan's or a report's Aims) names
// them, in the Act's order, each holding member.
func aims(aims any, member any) jsontext.Value {
	var b bytes.Buffer
	b.WriteByte('{')
	t := reflect.TypeOf(aims)
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if i > 0 {
			b.WriteByte(',')
		}
		v, _ := judge.MarshalJSON(member)
		fmt.Fprintf(&b, "%q:%s", name, bytes.TrimSpace(v))
	}
	b.WriteByte('}')
	return jsontext.Value(b.Bytes())
}

// planAim is an aim of a plan to fill in: how the plan secures it, and the
// services and actions that do.
type planAim struct {
	Text     string   `json:"text"`
	Services []string `json:"services"`
	Actions  []string `json:"actions"`
}

// planSkeleton is a children's services plan to fill in. Its members are
// those of plan.Plan, with the empty lists written out.
type planSkeleton struct {
	Kind            string              `json:"kind"`
	Title           string              `json:"title"`
	Partnership     plan.Partnership    `json:"partnership"`
	Period          period.PlanPeriod   `json:"period"`
	StatedDates     plan.StatedDates    `json:"stated_dates"`
	Approvals       []plan.Approval     `json:"approvals"`
	Vision          string              `json:"vision"`
	NeedsAssessment needsSkeleton       `json:"needs_assessment"`
	Priorities      []plan.Priority     `json:"priorities"`
	Outcomes        []plan.Outcome      `json:"outcomes"`
	Indicators      []plan.Indicator    `json:"indicators"`
	Services        []plan.Service      `json:"services"`
	Aims            jsontext.Value      `json:"aims"`
	Preparation     preparationSkeleton `json:"preparation"`
	Publication     plan.Publication    `json:"publication"`
	LinkedPlans     []plan.LinkedPlan   `json:"linked_plans"`
}

type needsSkeleton struct {
	Summary  string          `json:"summary"`
	Evidence []plan.Evidence `json:"evidence"`
}

type preparationSkeleton struct {
	Opportunities []consult.Opportunity `json:"opportunities"`
	Consultees    []consult.Consultee   `json:"consultees"`
	Engagement    []consult.Engagement  `json:"engagement"`
}

func (s skeleton) plan() planSkeleton {
	p := planSkeleton{
		Kind:        plan.Kind,
		Title:       fmt.Sprintf("%s Children's Services Plan %s", s.council.Name(), s.period),
		Partnership: plan.Partnership{Name: s.council.Name() + " Children's Services Partnership", Areas: []plan.Area{s.area()}},
		Period:      s.period,
		StatedDates: plan.StatedDates{Start: s.period.Start(), End: s.period.End()},
		Approvals:   []plan.Approval{}, Priorities: []plan.Priority{}, Outcomes: []plan.Outcome{}, Indicators: []plan.Indicator{},
		Services: []plan.Service{}, LinkedPlans: []plan.LinkedPlan{},
		NeedsAssessment: needsSkeleton{Evidence: []plan.Evidence{}},
		Aims:            aims(plan.Aims{}, planAim{Services: []string{}, Actions: []string{}}),
		Preparation:     preparationSkeleton{Opportunities: []consult.Opportunity{}, Consultees: []consult.Consultee{}, Engagement: []consult.Engagement{}},
	}
	for _, o := range service.OtherServiceProvidersFor([]service.Council{s.council}, s.on, s.law) {
		p.Preparation.Opportunities = append(p.Preparation.Opportunities, consult.Opportunity{Provider: o.Provider(), IntegrationJointBoard: o.IntegrationJointBoard})
	}
	return p
}

// reportAim is an aim of an annual report to fill in.
type reportAim struct {
	Extent     string   `json:"extent"`
	Indicators []string `json:"indicators"`
}

// reportSkeleton is an annual report to fill in.
type reportSkeleton struct {
	Kind            string                   `json:"kind"`
	Title           string                   `json:"title"`
	Partnership     report.Partnership       `json:"partnership"`
	ReportingPeriod period.ReportingPeriod   `json:"reporting_period"`
	Plan            report.PlanRef           `json:"plan"`
	Publication     report.Publication       `json:"publication"`
	Provision       provisionSkeleton        `json:"provision"`
	Aims            jsontext.Value           `json:"aims"`
	Indicators      []report.IndicatorReport `json:"indicators"`
	PlanChanges     []report.PlanChange      `json:"plan_changes"`
	DifferenceMade  []report.Difference      `json:"difference_made"`
}

type provisionSkeleton struct {
	Extent     string             `json:"extent"`
	Departures []report.Departure `json:"departures"`
}

func (s skeleton) report() reportSkeleton {
	r := reportSkeleton{
		Kind:            report.Kind,
		Title:           fmt.Sprintf("%s Children's Services Plan %s: annual report %s", s.council.Name(), s.period, s.reporting),
		Partnership:     report.Partnership{Name: s.council.Name() + " Children's Services Partnership", Councils: []service.Council{s.council}},
		ReportingPeriod: s.reporting,
		Plan:            report.PlanRef{Period: s.period},
		Provision:       provisionSkeleton{Departures: []report.Departure{}},
		Aims:            aims(report.Aims{}, reportAim{Indicators: []string{}}),
		Indicators:      []report.IndicatorReport{}, PlanChanges: []report.PlanChange{}, DifferenceMade: []report.Difference{},
	}
	for _, b := range s.planners() {
		switch b.Role {
		case service.RoleLocalAuthority:
			r.Publication.PublishedBy = append(r.Publication.PublishedBy, report.Publisher{Council: s.council})
		case service.RoleRelevantHealthBoard:
			r.Publication.PublishedBy = append(r.Publication.PublishedBy, report.Publisher{HealthBoard: s.council.HealthBoard()})
		default:
			if j, ok := s.council.IntegrationJointBoard(); ok {
				r.Publication.PublishedBy = append(r.Publication.PublishedBy, report.Publisher{IntegrationJointBoard: j})
			}
		}
	}
	return r
}

// noticeSkeleton is a notice of disagreement to fill in.
type noticeSkeleton struct {
	Kind    string             `json:"kind"`
	Issuer  service.Provider   `json:"issuer"`
	Plan    consult.NoticePlan `json:"plan"`
	Matters []consult.Matter   `json:"matters"`
	Reasons string             `json:"reasons"`
}

func (s skeleton) notice() noticeSkeleton {
	return noticeSkeleton{
		Kind:   consult.NoticeKind,
		Issuer: s.issuer,
		Plan: consult.NoticePlan{Councils: []service.Council{s.council}, Partnership: s.council.Name() + " Children's Services Partnership",
			Period: s.period, Title: fmt.Sprintf("%s Children's Services Plan %s", s.council.Name(), s.period)},
		Matters: []consult.Matter{},
	}
}

// historySkeleton is a planning history to fill in.
type historySkeleton struct {
	Kind    string              `json:"kind"`
	Council service.Council     `json:"council"`
	Plans   []duty.PlanRecord   `json:"plans"`
	Reports []duty.ReportRecord `json:"reports"`
}

func (s skeleton) history() historySkeleton {
	return historySkeleton{Kind: duty.HistoryKind, Council: s.council, Plans: []duty.PlanRecord{{Period: s.period}}, Reports: []duty.ReportRecord{}}
}

// questionSkeleton is a duty question to fill in.
type questionSkeleton struct {
	Kind           string                       `json:"kind"`
	Implementation *duty.ImplementationQuestion `json:"implementation"`
}

func (s skeleton) question() questionSkeleton {
	return questionSkeleton{Kind: duty.QuestionKind, Implementation: &duty.ImplementationQuestion{
		Council: s.council, Period: s.period, On: s.on, Provider: s.issuer,
		Service: duty.PlanService{ID: "S1", Name: "The service the plan says the provider provides"},
	}}
}

// contextSkeleton is the judgement context ctx (the law as it stands when
// none is given), as_of left to the command line.
func contextSkeleton(ctx judgement.Context) judgement.Context {
	ctx.Kind = judgement.Kind
	ctx.AsOf = period.Date{}
	return ctx
}
