package plan

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/service"
)

func TestCriteriaAndSteps(t *testing.T) {
	cs := Criteria()
	require.Len(t, cs, 16, "fifteen criteria, criterion 6 in its two parts")
	var labels []string
	for _, c := range cs {
		labels = append(labels, c.Label)
		require.Equal(t, part3.AppendixACriterion(c.Number), c.Citation)
		require.Contains(t, c.Text, "?", "criterion %s is a question in the appendix", c.Label)
	}
	require.Equal(t, []string{"1", "2", "3", "4", "5", "6a", "6b", "7", "8", "9", "10", "11", "12", "13", "14", "15"}, labels)
	require.Equal(t, 6, cs[5].Number)
	require.Equal(t, 6, cs[6].Number)
	require.Equal(t, "Children's services", cs[5].Title)
	require.Equal(t, "Related services", cs[6].Title)
	// The appendix's order: vision first, links to other plans last.
	require.Contains(t, cs[0].Text, "shared vision")
	require.Contains(t, cs[15].Text, "links to other statutory plans")
	ss := Steps()
	require.Len(t, ss, 10)
	for i, s := range ss {
		require.Equal(t, part3.AppendixBStep(i+1), s.Citation)
	}
	require.Contains(t, ss[1].Text, "no more than 3 – 5 priorities")
	cs[0].Title = "changed"
	require.Equal(t, "Vision", Criteria()[0].Title, "Criteria returns a copy")
}

func verdictsOf(r Review) []string {
	var out []string
	for _, j := range r.Criteria {
		out = append(out, j.Verdict.String())
	}
	return out
}

func TestReviewSamples(t *testing.T) {
	m, p, n, c := "met", "partly-met", "not-met", "cannot-tell"
	tests := []struct {
		name string
		want []string
	}{
		// Criterion 6 in its two parts, 6a and 6b, as the national review
		// scores it: sixteen verdicts.
		{"fife-2023-2026.json", slices.Repeat([]string{m}, 16)},
		{"tayside-2023-2026.json", []string{m, p, m, m, m, m, m, m, m, m, p, p, p, p, p, p}},
		{"highland-2017-2020.json", []string{m, n, m, p, n, m, m, m, n, n, p, n, n, p, p, n}},
		{"breaches-2023-2026.json", []string{m, n, p, p, n, m, n, n, n, n, n, n, n, n, p, n}},
	}
	_ = c
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan := load(t, tt.name)
			r := reviewed(t, plan, Options{})
			if diff := cmp.Diff(tt.want, verdictsOf(r)); diff != "" {
				t.Errorf("verdicts (-want +got):\n%s", diff)
			}
			require.Len(t, r.Steps, 10)
			require.Equal(t, plan.Period, r.Period)
			require.Equal(t, plan.Partnership.Councils(), r.Councils)
			require.Equal(t, plan.Period.GuidanceApplies(), r.GuidanceApplies)
			for _, j := range append(slices.Clone(r.Criteria), r.Steps...) {
				if j.Reason == "" || !j.Verdict.IsValid() || !j.Citation.IsGuidance() || j.Evidence == nil {
					t.Errorf("judgement %+v is incomplete", j)
				}
				for _, path := range j.Evidence {
					if !strings.HasPrefix(path, "/") {
						t.Errorf("criterion %d: evidence %q is not a JSON Pointer", j.Number, path)
					}
				}
			}
		})
	}
}

func TestReviewJointPlan(t *testing.T) {
	r := reviewed(t, load(t, "tayside-2023-2026.json"), Options{})
	require.Equal(t, "Tayside Regional Improvement Collaborative", r.Partnership)
	require.Len(t, r.Councils, 3)
	p := load(t, "tayside-2023-2026.json")
	p.Partnership.Name = ""
	require.Equal(t, "Angus Council, Dundee City Council and Perth and Kinross Council with NHS Tayside", p.PartnershipName())
}

// reviewChange is a small change to the base plan and what it makes of the
// verdict on one criterion of Appendix A or one step of Appendix B.
type reviewChange struct {
	name     string
	number   int           // the criterion's or step's number
	label    string        // the criterion's label where it is not its number ("6a")
	change   func(p *Plan) // nil: the base plan as it is
	before   Verdict       // the base plan's verdict
	after    Verdict
	missing  []string // the parts the reason names as missing, in order; nil: not checked
	evidence []string // the evidence paths, in order; nil: not checked
	says     string   // words the reason contains
	reason   string   // the whole reason; "": not checked
}

// reviewRun applies each change to the base plan and checks the judgement
// pick takes from the review.
func reviewRun(t *testing.T, tests []reviewChange, titles []Criterion, pick func(r Review, label string) Judgement) {
	t.Helper()
	for _, tt := range tests {
		label := tt.label
		if label == "" {
			label = strconv.Itoa(tt.number)
		}
		i := slices.IndexFunc(titles, func(c Criterion) bool { return c.Label == label })
		require.GreaterOrEqual(t, i, 0, "no criterion or step %s", label)
		t.Run(titles[i].Title+"/"+tt.name, func(t *testing.T) {
			p := load(t, "rules/base.json")
			before := pick(reviewed(t, p, Options{}), label)
			require.Equal(t, tt.before, before.Verdict, before.Reason)
			if tt.change != nil {
				tt.change(&p)
			}
			after := pick(reviewed(t, p, Options{}), label)
			require.Equal(t, tt.number, after.Number)
			require.Equal(t, label, after.Label)
			require.Equal(t, tt.after, after.Verdict, after.Reason)
			if tt.missing != nil {
				if diff := cmp.Diff(tt.missing, reviewMissing(after.Reason)); diff != "" {
					t.Errorf("missing parts in %q (-want +got):\n%s", after.Reason, diff)
				}
			}
			if tt.evidence != nil {
				if diff := cmp.Diff(tt.evidence, after.Evidence); diff != "" {
					t.Errorf("evidence (-want +got):\n%s", diff)
				}
			}
			if tt.says != "" {
				require.Contains(t, after.Reason, tt.says)
			}
			if tt.reason != "" {
				require.Equal(t, tt.reason, after.Reason)
			}
		})
	}
}

// reviewMissing returns the parts a graded reason names as missing: those
// after "Not found:" or "but not:", without the counts or the note on what
// the document cannot show that may follow them.
func reviewMissing(reason string) []string {
	rest, ok := strings.CutPrefix(reason, "Not found: ")
	if !ok {
		if _, rest, ok = strings.Cut(reason, "; but not: "); !ok {
			return []string{}
		}
	}
	rest, _, _ = strings.Cut(rest, "; whether ")
	if i := reviewCounts.FindStringIndex(rest); i != nil {
		rest = rest[:i[0]]
	}
	return strings.Split(rest, "; ")
}

// reviewCounts is the count of actions some reasons end with.
var reviewCounts = regexp.MustCompile(` \(\d+ of \d+ actions`)

// reviewPriorities returns n priorities, each with a rationale, drawn from
// evidence E1 and measurable.
func reviewPriorities(n int) []Priority {
	var ps []Priority
	for i := range n {
		ps = append(ps, Priority{ID: fmt.Sprintf("P%d", i+1), Title: fmt.Sprintf("Priority %d", i+1),
			Rationale: "The needs assessment shows it.", Evidence: []string{"E1"}, Measurable: true})
	}
	return ps
}

// reviewActions returns n actions that each have a measure, a timescale, a
// lead and resources, and serve no priority.
func reviewActions(n int) []Action {
	var as []Action
	for i := range n {
		as = append(as, Action{ID: fmt.Sprintf("B%d", i+1), Description: "Run a parenting group", Lead: "Family Support Manager",
			Timescale: "by the end of year 1", Measure: "Families who finish the group", Resources: "Whole Family Wellbeing Fund"})
	}
	return as
}

// reviewCopies returns n copies of s with IDs of their own.
func reviewCopies(s Service, n int) []Service {
	var out []Service
	for i := range n {
		c := s
		c.ID = fmt.Sprintf("%s-%d", s.ID, i+1)
		out = append(out, c)
	}
	return out
}

// reviewPaths returns base/0 to base/n-1.
func reviewPaths(base string, n int) []string {
	var out []string
	for i := range n {
		out = append(out, fmt.Sprintf("%s/%d", base, i))
	}
	return out
}

// TestReviewCriteria turns each criterion of the base plan from one verdict
// to another with a small change, and checks what the judgement says is
// missing and the paths it rests on.
func TestReviewCriteria(t *testing.T) {
	evidence := reviewPaths("/needs_assessment/evidence", 2)
	tests := []reviewChange{
		{name: "no vision", number: 1, change: func(p *Plan) { p.Vision = "" }, before: Met, after: NotMet},
		{name: "outcome named, not how", number: 2, change: func(p *Plan) { p.NationalOutcomes = []NationalOutcome{{Outcome: "We are healthy and active"}} }, before: NotMet, after: PartlyMet},
		{name: "evidence without a source", number: 3, change: func(p *Plan) { p.NeedsAssessment.Evidence[0].Source = "" }, before: Met, after: PartlyMet,
			missing: []string{"a source for every item"}},
		{name: "priorities drawn from no evidence", number: 3, change: func(p *Plan) { p.Priorities[0].Evidence = nil }, before: Met, after: PartlyMet,
			missing: []string{"priorities that draw on it"}},
		{name: "no qualitative evidence", number: 4, change: func(p *Plan) { p.NeedsAssessment.Evidence[1].Type = Quantitative }, before: Met, after: PartlyMet,
			missing: []string{"qualitative evidence"}, evidence: evidence},
		{name: "no evidence on child wellbeing", number: 4, change: func(p *Plan) { p.NeedsAssessment.Evidence[0].Subject = ServicePerformance }, before: Met, after: PartlyMet,
			missing: []string{"evidence on child wellbeing"}, evidence: evidence},
		{name: "no evidence on service performance", number: 4, change: func(p *Plan) { p.NeedsAssessment.Evidence[1].Subject = ChildWellbeing }, before: Met, after: PartlyMet,
			missing: []string{"evidence on service performance"}, evidence: evidence},
		{name: "a priority without a rationale", number: 5, change: func(p *Plan) { p.Priorities[0].Rationale = "" }, before: Met, after: PartlyMet,
			missing: []string{"a rationale for each"}},
		// Appendix B step 2: "no more than 3 – 5 priorities in total".
		{name: "five priorities", number: 5, change: func(p *Plan) { p.Priorities = reviewPriorities(5) }, before: Met, after: Met,
			missing: []string{}, evidence: reviewPaths("/priorities", 5)},
		{name: "six priorities, five paths", number: 5, change: func(p *Plan) { p.Priorities = reviewPriorities(6) }, before: Met, after: PartlyMet,
			missing: []string{"a manageable number (no more than five)"}, evidence: reviewPaths("/priorities", maxEvidence)},
		{name: "a children's service", number: 6, label: "6a", before: Met, after: Met,
			evidence: []string{"/services/0"}, says: "covers 1 children's service;"},
		{name: "a related service", number: 6, label: "6b", before: Met, after: Met,
			evidence: []string{"/services/1"}, says: "covers 1 related service;"},
		{name: "children's services only", number: 6, label: "6b", change: func(p *Plan) { p.Services = p.Services[:1] }, before: Met, after: NotMet,
			evidence: []string{}, says: "covers no related service"},
		{name: "related services only", number: 6, label: "6a", change: func(p *Plan) { p.Services = p.Services[1:] }, before: Met, after: NotMet,
			evidence: []string{}, says: "covers no children's service"},
		{name: "a commissioned children's service", number: 6, label: "6a", change: func(p *Plan) {
			p.Services[0].Provider, p.Services[0].CommissionedBy = service.ProviderOtherOrganisation, service.ProviderLocalAuthority
		}, before: Met, after: Met, evidence: []string{"/services/0"}},
		{name: "a charity's own children's service", number: 6, label: "6a", change: func(p *Plan) {
			p.Services[0].Provider = service.ProviderOtherOrganisation
		}, before: Met, after: NotMet},
		{name: "six children's services, five paths", number: 6, label: "6a", change: func(p *Plan) { p.Services = append(p.Services, reviewCopies(p.Services[0], 5)...) }, before: Met, after: Met,
			evidence: []string{"/services/0", "/services/2", "/services/3", "/services/4", "/services/5"}, says: "covers 6 children's services"},
		{name: "six related services, five paths", number: 6, label: "6b", change: func(p *Plan) { p.Services = append(p.Services, reviewCopies(p.Services[1], 5)...) }, before: Met, after: Met,
			evidence: reviewPaths("/services", 6)[1:], says: "covers 6 related services"},
		{name: "no service for either", number: 7, change: func(p *Plan) { p.Services[0].Prevention = nil }, before: Met, after: PartlyMet,
			evidence: []string{"/aims/prevention/text"}},
		{name: "early intervention only", number: 7, change: func(p *Plan) { p.Services[0].Prevention = []PreventionRole{EarlyIntervention} }, before: Met, after: PartlyMet,
			evidence: []string{"/aims/prevention/text", "/services/0"}},
		{name: "primary prevention only", number: 7, change: func(p *Plan) { p.Services[0].Prevention = []PreventionRole{PrimaryPrevention} }, before: Met, after: PartlyMet,
			evidence: []string{"/aims/prevention/text", "/services/0"}},
		{name: "neither described nor named", number: 7, change: func(p *Plan) { p.Services[0].Prevention, p.Aims.Prevention.Text = nil, "" }, before: Met, after: NotMet,
			evidence: []string{}},
		{name: "one wellbeing indicator", number: 7, before: Met, after: Met,
			says: "its outcomes and indicators concern 1 of the 8 wellbeing indicators"},
		{name: "each wellbeing indicator counted once", number: 7, change: func(p *Plan) {
			p.Outcomes[0].Wellbeing = append(p.Outcomes[0].Wellbeing, service.Safe)
			p.Indicators = append(p.Indicators, Indicator{ID: "I2", Outcome: "O1", Description: "Children registered with a dentist", Wellbeing: service.Healthy})
		}, before: Met, after: Met, says: "its outcomes and indicators concern 3 of the 8 wellbeing indicators"},
		{name: "described", number: 8, change: func(p *Plan) { p.GIRFEC = Statement{Text: "named person and child's plan"} }, before: NotMet, after: Met,
			evidence: []string{"/girfec/text"}},
		{name: "described and linked", number: 8, change: func(p *Plan) {
			p.GIRFEC = Statement{Text: "named person and child's plan", Services: []string{"S1"}, Actions: []string{"A1"}}
		}, before: NotMet, after: Met,
			evidence: []string{"/girfec/text", "/girfec/services", "/girfec/actions"}, says: "links it to 2 services or actions"},
		{name: "services only", number: 9, change: func(p *Plan) { p.ChildrensRights = Statement{Services: []string{"S1"}} }, before: NotMet, after: PartlyMet,
			evidence: []string{"/childrens_rights/services"}},
		{name: "actions only", number: 9, change: func(p *Plan) { p.ChildrensRights = Statement{Actions: []string{"A1"}} }, before: NotMet, after: PartlyMet,
			evidence: []string{"/childrens_rights/actions"}},
		{name: "engagement and consultation", number: 10, before: Met, after: Met,
			evidence: []string{"/preparation/engagement/3", "/preparation/engagement/0", "/preparation/engagement/1", "/preparation/engagement/4", "/preparation/consultees/0", "/preparation/consultees/1"},
			says:     "whether stakeholders' ideas were used is a reader's judgement"},
		{name: "no record", number: 10, change: func(p *Plan) { p.Preparation = consult.Record{} }, before: Met, after: CannotTell},
		{name: "no engagement with children or families", number: 10, change: func(p *Plan) { p.Preparation.Engagement = p.Preparation.Engagement[2:] }, before: Met, after: PartlyMet,
			missing:  []string{"engagement with children and young people", "engagement with families"},
			evidence: []string{"/preparation/engagement/1", "/preparation/engagement/2", "/preparation/consultees/0", "/preparation/consultees/1"}},
		{name: "no engagement with staff or the wider community", number: 10, change: func(p *Plan) { p.Preparation.Engagement = p.Preparation.Engagement[:3] }, before: Met, after: PartlyMet,
			missing:  []string{"engagement with staff", "engagement with the wider community"},
			evidence: []string{"/preparation/engagement/0", "/preparation/engagement/1", "/preparation/consultees/0", "/preparation/consultees/1"}},
		{name: "engagement with the wider community only", number: 10, change: func(p *Plan) {
			p.Preparation.Engagement = p.Preparation.Engagement[4:]
			p.Preparation.Consultees = nil
		}, before: Met, after: PartlyMet,
			missing:  []string{"engagement with staff", "engagement with children and young people", "engagement with families", "organisations consulted"},
			evidence: []string{"/preparation/engagement/0"}},
		{name: "strategy and universal support", number: 11, change: func(p *Plan) { p.FamilySupport = FamilySupport{Strategy: "x", Levels: []SupportLevel{Universal}} }, before: NotMet, after: PartlyMet,
			missing:  []string{"a rationale for how and where support is provided", "targeted or intensive support"},
			evidence: []string{"/family_support/strategy", "/family_support/levels"}},
		{name: "rationale and services", number: 11, change: func(p *Plan) { p.FamilySupport = FamilySupport{Rationale: "x", Services: []string{"S1"}} }, before: NotMet, after: PartlyMet,
			missing:  []string{"a strategy", "universal support", "targeted or intensive support"},
			evidence: []string{"/family_support/rationale", "/family_support/services"}},
		{name: "universal to intensive", number: 11, change: func(p *Plan) {
			p.FamilySupport = FamilySupport{Strategy: "x", Rationale: "y", Levels: []SupportLevel{Universal, Intensive}, Services: []string{"S1"}}
		}, before: NotMet, after: Met, missing: []string{},
			evidence: []string{"/family_support/strategy", "/family_support/rationale", "/family_support/levels", "/family_support/services"}},
		{name: "development and disinvestment", number: 12, change: func(p *Plan) {
			p.ServicesToDevelop = []Change{{Description: "x"}}
			p.Disinvestment = []Change{{Description: "y"}}
		}, before: NotMet, after: Met},
		{name: "an indicator without a target", number: 13, change: func(p *Plan) { p.Indicators[0].Target = Measure{} }, before: Met, after: PartlyMet,
			missing: []string{"a baseline and target for each"}},
		{name: "every action SMART", number: 14, before: Met, after: Met,
			reason:   "The plan has: an accessible or summary version; actions; a measure, a timescale and a lead for every action",
			evidence: []string{"/publication/accessible_versions/0", "/services/0/actions/0", "/services/1/actions/0"}},
		{name: "no accessible version", number: 14, change: func(p *Plan) { p.Publication.AccessibleVersions = nil }, before: Met, after: PartlyMet,
			missing: []string{"an accessible or summary version"}},
		{name: "an action without a measure", number: 14, change: func(p *Plan) { p.Services[1].Actions[0].Measure = "" }, before: Met, after: PartlyMet,
			missing: []string{"a measure, a timescale and a lead for every action"}, says: "(1 of 2 actions are SMART)",
			evidence: []string{"/publication/accessible_versions/0", "/services/1/actions/0"}},
		{name: "no linked plans", number: 15, change: func(p *Plan) { p.LinkedPlans = nil }, before: Met, after: NotMet},
	}
	reviewRun(t, tests, criteria, func(r Review, label string) Judgement {
		j, ok := r.Criterion(label)
		require.True(t, ok)
		return j
	})
}

func TestReviewSteps(t *testing.T) {
	p := load(t, "rules/base.json")
	r := reviewed(t, p, Options{})
	got := make([]string, len(r.Steps))
	for i, s := range r.Steps {
		got[i] = s.Verdict.String()
	}
	want := []string{"partly-met", "met", "partly-met", "partly-met", "met", "met", "met", "met", "met", "met"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("steps (-want +got):\n%s", diff)
	}
	// Six priorities fail step 2; no governance fails step 9.
	p.Priorities = append(p.Priorities, Priority{ID: "P2", Title: "b", Evidence: []string{"E1"}}, Priority{ID: "P3", Title: "c", Evidence: []string{"E1"}},
		Priority{ID: "P4", Title: "d", Evidence: []string{"E1"}}, Priority{ID: "P5", Title: "e", Evidence: []string{"E1"}}, Priority{ID: "P6", Title: "f", Evidence: []string{"E1"}})
	p.Monitoring.Governance = ""
	r = reviewed(t, p, Options{})
	require.Equal(t, PartlyMet, r.Steps[1].Verdict, r.Steps[1].Reason)
	require.Equal(t, NotMet, r.Steps[8].Verdict)
}

func TestReviewEmptyPlan(t *testing.T) {
	r := reviewed(t, Plan{}, Options{})
	require.Equal(t, 15, r.Count(NotMet))
	require.Equal(t, 1, r.Count(CannotTell))
	_, ok := r.Criterion("16")
	require.False(t, ok)
	_, ok = r.Criterion("6")
	require.False(t, ok, "criterion 6 is scored as 6a and 6b")
}

func TestReviewClassifiesUnderTheLaw(t *testing.T) {
	// A service of the Scottish Ministers other than under the Prisons
	// (Scotland) Act 1989 is outside Part 3.
	p := load(t, "rules/base.json")
	p.Services[1].Provider = service.ProviderScottishMinisters
	r := reviewed(t, p, Options{})
	j, _ := r.Criterion("6a")
	require.Equal(t, Met, j.Verdict, j.Reason)
	require.Equal(t, []string{"/services/0"}, j.Evidence)
	j, _ = r.Criterion("6b")
	require.Equal(t, NotMet, j.Verdict, j.Reason)
}

// TestReviewStepChanges turns each step of the base plan from one verdict
// to another with a small change, and checks what the judgement says is
// missing and the paths it rests on.
func TestReviewStepChanges(t *testing.T) {
	items := []ResourceItem{{Description: "Whole Family Wellbeing Fund", AmountGBP: 1200000}, {Description: "Rapid rehousing transition plan", AmountGBP: 300000}}
	noActions := func(p *Plan) {
		for i := range p.Services {
			p.Services[i].Actions = nil
		}
	}
	tests := []reviewChange{
		// Appendix B step 2: "A good plan will have no more than 3 – 5
		// priorities in total."
		{name: "five priorities", number: 2, change: func(p *Plan) { p.Priorities = reviewPriorities(5) }, before: Met, after: Met,
			missing: []string{}},
		{name: "six priorities", number: 2, change: func(p *Plan) { p.Priorities = reviewPriorities(6) }, before: Met, after: PartlyMet,
			missing: []string{"no more than five priorities"}},
		{name: "no priorities", number: 2, change: func(p *Plan) { p.Priorities = nil }, before: Met, after: PartlyMet,
			missing: []string{"priorities drawn from it", "no more than five priorities"}},
		{name: "no evidence of need", number: 2, change: func(p *Plan) {
			p.NeedsAssessment.Evidence = nil
			p.Priorities[0].Evidence = nil
		}, before: Met, after: PartlyMet,
			missing: []string{"evidence of need", "priorities drawn from it"}, evidence: []string{"/priorities/0"}},
		// Step 3 asks for "robust cost/benefit analysis of all services",
		// which the document does not record.
		{name: "services mapped, not costed", number: 3, before: PartlyMet, after: PartlyMet,
			missing: []string{"costed resources"}, evidence: []string{"/services/0", "/services/1"},
			says: "whether services had a cost/benefit analysis cannot be told from the document"},
		{name: "every resource costed", number: 3, change: func(p *Plan) { p.Resources.Items = items }, before: PartlyMet, after: Met,
			missing: []string{}, evidence: []string{"/services/0", "/services/1", "/resources/items"},
			says: "whether services had a cost/benefit analysis cannot be told from the document"},
		{name: "a resource without an amount", number: 3, change: func(p *Plan) {
			p.Resources.Items = append(slices.Clone(items), ResourceItem{Description: "Staff time"})
		}, before: PartlyMet, after: PartlyMet,
			missing: []string{"costed resources"}, evidence: []string{"/services/0", "/services/1"}},
		{name: "no services and no costs", number: 3, change: func(p *Plan) { p.Services = nil }, before: PartlyMet, after: NotMet,
			reason: "Not found: a map of the services it covers; costed resources", evidence: []string{}},
		{name: "no statement of resources", number: 4, before: PartlyMet, after: PartlyMet,
			missing: []string{"a statement of the resources available", "a shift of resources towards prevention"}, evidence: []string{}},
		{name: "resources itemised and shifted", number: 4, change: func(p *Plan) { p.Resources = Resources{Items: items, ShiftToPrevention: "x"} }, before: PartlyMet, after: Met,
			missing: []string{}, evidence: []string{"/resources/items", "/resources/shift_to_prevention"}},
		{name: "a summary only", number: 4, change: func(p *Plan) { p.Resources = Resources{Summary: "x"} }, before: PartlyMet, after: PartlyMet,
			missing: []string{"a shift of resources towards prevention"}, evidence: []string{"/resources/summary"}},
		{name: "an action without resources", number: 4, change: func(p *Plan) {
			p.Resources = Resources{Summary: "x", ShiftToPrevention: "y"}
			p.Services[1].Actions[0].Resources = ""
		}, before: PartlyMet, after: PartlyMet,
			missing: []string{"resources linked to every action"}},
		{name: "no actions", number: 4, change: func(p *Plan) {
			p.Resources = Resources{Summary: "x", ShiftToPrevention: "y"}
			noActions(p)
		}, before: PartlyMet, after: PartlyMet,
			missing: []string{"resources linked to every action"}},
		{name: "every action serves a priority", number: 5, before: Met, after: Met,
			missing: []string{}, evidence: []string{"/priorities/0"}},
		{name: "an action serves no priority", number: 5, change: func(p *Plan) { p.Services[1].Actions[0].Priority = "" }, before: Met, after: PartlyMet,
			missing: []string{"a priority for every action"}, evidence: []string{"/services/1/actions/0"}},
		{name: "six actions serve no priority", number: 5, change: func(p *Plan) {
			p.Services[0].Actions = reviewActions(6)
			p.Services[1].Actions = nil
		}, before: Met, after: PartlyMet,
			missing:  []string{"a priority for every action", "actions for every priority"},
			evidence: append(reviewPaths("/services/0/actions", maxEvidence), "/priorities/0")},
		{name: "no priorities", number: 5, change: func(p *Plan) {
			p.Priorities = nil
			p.Services[0].Actions[0].Priority = ""
			p.Services[1].Actions[0].Priority = ""
		}, before: Met, after: PartlyMet,
			missing:  []string{"a priority for every action", "actions for every priority"},
			evidence: []string{"/services/0/actions/0", "/services/1/actions/0"}},
		{name: "no actions", number: 5, change: noActions, before: Met, after: NotMet,
			missing: []string{"actions", "a priority for every action", "actions for every priority"}, evidence: []string{"/priorities/0"}},
		{name: "no indicators", number: 6, change: func(p *Plan) { p.Indicators = nil }, before: Met, after: NotMet,
			missing: []string{"baselines", "targets", "milestones"}, evidence: []string{}},
		{name: "no milestones", number: 6, change: func(p *Plan) { p.Indicators[0].Milestones = nil }, before: Met, after: PartlyMet,
			missing: []string{"milestones"}, evidence: []string{"/indicators/0"}},
		{name: "every action SMART and resourced", number: 8, before: Met, after: Met,
			missing: []string{}, evidence: []string{"/services/0/actions/0", "/services/1/actions/0"}, says: "(2 of 2 actions SMART, 2 resourced)"},
		{name: "an action without a measure", number: 8, change: func(p *Plan) { p.Services[1].Actions[0].Measure = "" }, before: Met, after: PartlyMet,
			missing:  []string{"a measure, a timescale and a lead for every action"},
			evidence: []string{"/services/1/actions/0"}, says: "(1 of 2 actions SMART, 2 resourced)"},
		{name: "six SMART actions, five paths", number: 8, change: func(p *Plan) {
			p.Services[0].Actions = reviewActions(6)
			p.Services[1].Actions = nil
		}, before: Met, after: Met,
			missing: []string{}, evidence: reviewPaths("/services/0/actions", maxEvidence), says: "(6 of 6 actions SMART, 6 resourced)"},
		{name: "six actions without a measure, five paths", number: 8, change: func(p *Plan) {
			p.Services[0].Actions = reviewActions(6)
			for i := range p.Services[0].Actions {
				p.Services[0].Actions[i].Measure = ""
			}
		}, before: Met, after: PartlyMet,
			missing:  []string{"a measure, a timescale and a lead for every action"},
			evidence: reviewPaths("/services/0/actions", maxEvidence), says: "(1 of 7 actions SMART, 7 resourced)"},
		{name: "no actions", number: 8, change: noActions, before: Met, after: NotMet,
			reason: "Not found: actions; a measure, a timescale and a lead for every action; resources for every action", evidence: []string{}},
		// Step 6: "Milestones can be identified to support annual public
		// reporting on progress."
		{name: "milestones to report against", number: 10, before: Met, after: Met,
			reason: "The plan describes its annual reporting", evidence: []string{"/monitoring/reporting"}},
		{name: "no milestones", number: 10, change: func(p *Plan) { p.Indicators[0].Milestones = nil }, before: Met, after: Met,
			says: "though no indicator has milestones to report against"},
	}
	reviewRun(t, tests, steps, func(r Review, label string) Judgement {
		n, _ := strconv.Atoi(label)
		return r.Steps[n-1]
	})
}
