package consult_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
)

func loadReview(t testing.TB, name string) consult.Review {
	t.Helper()
	var r consult.Review
	require.NoError(t, part3.Decode(name, readTestdata(t, name), &r))
	require.NoError(t, r.Validate(""))
	return r
}

// review judges r as the first review of Dundee's 2026-2029 plan.
func (j judged) review(t testing.TB, r consult.Review) part3.Findings {
	t.Helper()
	s := j.Scope
	s.Path = "/reviews/0"
	fs, err := r.Judge(s, j.ctx())
	require.NoError(t, err)
	return fs
}

// TestReviewRules runs each rule of section 11(2) on a review that
// triggers it and on one that does not.
func TestReviewRules(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		context func(judged) judged
		want    []string
		by      [][]string // as for TestRecordRules
	}{
		{name: "a sound review", file: "review-good.json"},
		{name: "s11(2) other service providers given no opportunity", file: "review-osp-missing.json",
			want: []string{"consult.review-opportunity"}, by: [][]string{{"Dundee City Council", "NHS Tayside"}}},
		{name: "s11(2) an opportunity notified after the review concluded", file: "review-notice-after-review.json",
			want: []string{"consult.review-opportunity"}},
		{name: "s11(2) a provider that did not take part", file: "review-police-did-not-take-part.json",
			want: []string{"consult.review-took-part"}, by: [][]string{{"the Chief Constable of the Police Service of Scotland"}}},
		{name: "s11(2) the Scottish Ministers, providing a prison service, given none", file: "review-good.json",
			context: func(ctx judged) judged { ctx.PrisonServices = prisonIn(dundee); return ctx },
			want:    []string{"consult.review-opportunity"}, by: [][]string{{"Dundee City Council", "NHS Tayside"}}},
		{name: "a review after the day judged is not yet held", file: "review-osp-missing.json",
			context: func(ctx judged) judged { ctx.AsOf = period.MustParseDate("2027-06-29"); return ctx }},
		{name: "a review on the day judged is held", file: "review-osp-missing.json",
			context: func(ctx judged) judged { ctx.AsOf = period.MustParseDate("2027-06-30"); return ctx },
			want:    []string{"consult.review-opportunity"}},
		{name: "the partnership's advance notice applies to a review's opportunities", file: "review-good.json",
			context: func(ctx judged) judged { ctx.Policy = judgement.Policy{MinAdvanceNoticeDays: 28}; return ctx },
			want:    []string{"consult.opportunity-advance-notice", "consult.opportunity-advance-notice", "consult.opportunity-advance-notice", "consult.opportunity-advance-notice", "consult.opportunity-advance-notice", "consult.opportunity-advance-notice"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := dundeeContext()
			if tt.context != nil {
				ctx = tt.context(ctx)
			}
			got := ctx.review(t, loadReview(t, tt.file))
			if diff := cmp.Diff(tt.want, ruleIDs(got)); diff != "" {
				t.Errorf("rules (-want +got):\n%s\nfindings: %v", diff, got)
			}
			checkBy(t, got, tt.by)
			for _, f := range got {
				if !strings.HasPrefix(f.Path, "/reviews/0/") {
					t.Errorf("finding %v is not under the review's path", f)
				}
			}
		})
	}
}

func TestReviewFindingMessages(t *testing.T) {
	tests := []struct {
		name, file string
		context    func(judged) judged
		wantPath   string
		wantIn     []string
	}{
		{name: "one finding names every provider given none", file: "review-osp-missing.json",
			wantPath: "/reviews/0/opportunities",
			wantIn: []string{"No opportunity to participate in or contribute to the review of the plan concluded on 2027-06-30 is recorded as given to the Scottish Fire and Rescue Service, the Principal Reporter, the National Convener of Children's Hearings Scotland and the Scottish Courts and Tribunals Service",
				"section 11(2), as the guidance paraphrases it (applying section 10(1)(a) to a review), requires one for each of the other service providers"}},
		{name: "an opportunity notified after the review", file: "review-notice-after-review.json",
			wantPath: "/reviews/0/opportunities/1/notice_given",
			wantIn:   []string{"the Scottish Fire and Rescue Service", "notified on 2027-07-05, after the review concluded on 2027-06-30, so it was no opportunity to take part in it"}},
		{name: "the provider in breach", file: "review-police-did-not-take-part.json",
			wantPath: "/reviews/0/opportunities/0/participation",
			wantIn:   []string{"Police Scotland did not take part in the review of the plan concluded on 2027-06-30", "places this duty on Police Scotland"}},
		{name: "the Scottish Ministers", file: "review-good.json",
			context:  func(ctx judged) judged { ctx.PrisonServices = prisonIn(dundee); return ctx },
			wantPath: "/reviews/0/opportunities",
			wantIn:   []string{"recorded as given to the Scottish Ministers, who provide HMP Perth in Dundee City under the Prisons (Scotland) Act 1989"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := dundeeContext()
			if tt.context != nil {
				ctx = tt.context(ctx)
			}
			got := ctx.review(t, loadReview(t, tt.file))
			var msg string
			for _, f := range got {
				if f.Path == tt.wantPath {
					msg = f.Message
				}
			}
			require.NotEmpty(t, msg, "no finding at %s: %v", tt.wantPath, got)
			for _, want := range tt.wantIn {
				if !strings.Contains(msg, want) {
					t.Errorf("message %q does not contain %q", msg, want)
				}
			}
		})
	}
}

func TestReviewValidate(t *testing.T) {
	good := loadReview(t, "review-good.json")
	tests := []struct {
		name string
		edit func(*consult.Review)
		path string
		cat  error
	}{
		{"no date", func(r *consult.Review) { r.Date = period.Date{} }, "/reviews/2/date", part3.ErrMissing},
		{"a revision without that outcome", func(r *consult.Review) { r.Outcome = consult.NoRevision }, "/reviews/2/revision", part3.ErrInvalidValue},
		{"an opportunity without a provider", func(r *consult.Review) { r.Opportunities[0].Provider = "" }, "/reviews/2/opportunities/0/provider", part3.ErrMissing},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := good
			r.Opportunities = append([]consult.Opportunity(nil), good.Opportunities...)
			tt.edit(&r)
			err := r.Validate("/reviews/2")
			var ie *part3.InputError
			require.True(t, errors.As(err, &ie), "error %v", err)
			if ie.Path != tt.path || !errors.Is(err, tt.cat) {
				t.Errorf("error %v, want %v at %s", err, tt.cat, tt.path)
			}
		})
	}
	require.NoError(t, good.Validate("/reviews/2"))
	if _, err := consult.ParseReviewOutcome("revised"); err == nil {
		t.Error("an unknown outcome parses")
	}
}
