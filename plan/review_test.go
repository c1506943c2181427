package plan

import (
	"slices"
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
	require.Len(t, cs, 15)
	for i, c := range cs {
		require.Equal(t, i+1, c.Number)
		require.Equal(t, part3.AppendixACriterion(i+1), c.Citation)
		require.True(t, strings.HasSuffix(c.Text, "?"), "criterion %d is a question in the appendix", c.Number)
	}
	// The appendix's order: vision first, links to other plans last.
	require.Contains(t, cs[0].Text, "shared vision")
	require.Contains(t, cs[14].Text, "links to other statutory plans")
	ss := Steps()
	require.Len(t, ss, 10)
	for i, s := range ss {
		require.Equal(t, part3.AppendixBStep(i+1), s.Citation)
	}
	require.Contains(t, ss[1].Text, "no more than 3 - 5 priorities")
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
		{"fife-2023-2026.json", slices.Repeat([]string{m}, 15)},
		{"tayside-2023-2026.json", []string{m, p, m, m, m, m, m, m, m, m, p, p, p, p, p}},
		{"highland-2017-2020.json", []string{m, n, m, p, n, m, m, n, n, p, n, n, p, p, n}},
		{"breaches-2023-2026.json", []string{m, n, p, p, n, p, n, n, n, n, n, n, n, p, n}},
	}
	_ = c
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan := load(t, tt.name)
			r := ReviewPlan(plan, Options{})
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
	r := ReviewPlan(load(t, "tayside-2023-2026.json"), Options{})
	require.Equal(t, "Tayside Regional Improvement Collaborative", r.Partnership)
	require.Len(t, r.Councils, 3)
	p := load(t, "tayside-2023-2026.json")
	p.Partnership.Name = ""
	require.Equal(t, "Angus Council, Dundee City Council and Perth and Kinross Council with NHS Tayside", p.PartnershipName())
}

// TestReviewCriteria turns each criterion of the base plan from one verdict
// to another with a small change.
func TestReviewCriteria(t *testing.T) {
	tests := []struct {
		criterion int
		change    func(p *Plan)
		before    Verdict // the base plan's verdict
		after     Verdict
	}{
		{1, func(p *Plan) { p.Vision = "" }, Met, NotMet},
		{2, func(p *Plan) { p.NationalOutcomes = []NationalOutcome{{Outcome: "We are healthy and active"}} }, NotMet, PartlyMet},
		{3, func(p *Plan) { p.NeedsAssessment.Evidence[0].Source = "" }, Met, PartlyMet},
		{4, func(p *Plan) { p.NeedsAssessment.Evidence[1].Type = Quantitative }, Met, PartlyMet},
		{5, func(p *Plan) { p.Priorities[0].Rationale = "" }, Met, PartlyMet},
		{6, func(p *Plan) { p.Services = p.Services[:1] }, Met, PartlyMet},
		{7, func(p *Plan) { p.Services[0].Prevention = nil }, Met, PartlyMet},
		{7, func(p *Plan) { p.Services[0].Prevention, p.Aims.Prevention.Text = nil, "" }, Met, NotMet},
		{8, func(p *Plan) { p.GIRFEC = Statement{Text: "named person and child's plan"} }, NotMet, Met},
		{9, func(p *Plan) { p.ChildrensRights = Statement{Services: []string{"S1"}} }, NotMet, PartlyMet},
		{10, func(p *Plan) { p.Preparation = consult.Record{} }, Met, CannotTell},
		{11, func(p *Plan) { p.FamilySupport = FamilySupport{Strategy: "x", Levels: []SupportLevel{Universal}} }, NotMet, PartlyMet},
		{12, func(p *Plan) {
			p.ServicesToDevelop = []Change{{Description: "x"}}
			p.Disinvestment = []Change{{Description: "y"}}
		}, NotMet, Met},
		{13, func(p *Plan) { p.Indicators[0].Target = Measure{} }, Met, PartlyMet},
		{14, func(p *Plan) { p.Publication.AccessibleVersions = nil }, Met, PartlyMet},
		{15, func(p *Plan) { p.LinkedPlans = nil }, Met, NotMet},
	}
	for _, tt := range tests {
		t.Run(criteria[tt.criterion-1].Title, func(t *testing.T) {
			p := load(t, "rules/base.json")
			before, _ := ReviewPlan(p, Options{}).Criterion(tt.criterion)
			require.Equal(t, tt.before, before.Verdict, before.Reason)
			tt.change(&p)
			after, ok := ReviewPlan(p, Options{}).Criterion(tt.criterion)
			require.True(t, ok)
			require.Equal(t, tt.after, after.Verdict, after.Reason)
		})
	}
}

func TestReviewSteps(t *testing.T) {
	p := load(t, "rules/base.json")
	r := ReviewPlan(p, Options{})
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
	r = ReviewPlan(p, Options{})
	require.Equal(t, PartlyMet, r.Steps[1].Verdict, r.Steps[1].Reason)
	require.Equal(t, NotMet, r.Steps[8].Verdict)
}

func TestReviewEmptyPlan(t *testing.T) {
	r := ReviewPlan(Plan{}, Options{})
	require.Equal(t, 14, r.Count(NotMet))
	require.Equal(t, 1, r.Count(CannotTell))
	_, ok := r.Criterion(16)
	require.False(t, ok)
}

func TestReviewClassifiesUnderTheLaw(t *testing.T) {
	// A service of the Scottish Ministers other than under the Prisons
	// (Scotland) Act 1989 is outside Part 3.
	p := load(t, "rules/base.json")
	p.Services[1].Provider = service.ProviderScottishMinisters
	j, _ := ReviewPlan(p, Options{}).Criterion(6)
	require.Equal(t, PartlyMet, j.Verdict, j.Reason)
	require.Equal(t, []string{"/services/0"}, j.Evidence)
}
