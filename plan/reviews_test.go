package plan

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// TestReviews: each review the plan records is judged under section 11(2),
// as the guidance paraphrases it, at its own path; one held after the day
// judged on is not yet held.
func TestReviews(t *testing.T) {
	fife := load(t, "fife-2023-2026.json")
	require.Len(t, fife.Reviews, 1)
	if fs := findings(t, fife, Options{}).WithRule(consult.RuleReviewOpportunity.ID); len(fs) != 0 {
		t.Fatalf("the sample's review gives every provider an opportunity: %v", fs)
	}

	// The review gave no opportunity to the Principal Reporter or the
	// Scottish Courts and Tribunals Service, and Police Scotland did not
	// take part.
	p := load(t, "fife-2023-2026.json")
	p.Reviews[0].Opportunities = nil
	for _, o := range fife.Reviews[0].Opportunities {
		switch o.Provider {
		case service.ProviderPrincipalReporter, service.ProviderScottishCourtsAndTribunalsService:
			continue
		case service.ProviderPoliceScotland:
			o.Participation = consult.DidNotTakePart
		}
		p.Reviews[0].Opportunities = append(p.Reviews[0].Opportunities, o)
	}
	fs := findings(t, p, Options{})
	owed := fs.WithRule(consult.RuleReviewOpportunity.ID)
	require.Len(t, owed, 1, "%v", fs)
	if owed[0].Path != "/reviews/0/opportunities" || owed[0].Severity != part3.Statutory || owed[0].Citation != part3.Act("11(2)") ||
		!strings.Contains(owed[0].Message, "the Principal Reporter and the Scottish Courts and Tribunals Service") {
		t.Errorf("finding %v", owed[0])
	}
	took := fs.WithRule(consult.RuleReviewTookPart.ID)
	require.Len(t, took, 1, "%v", fs)
	if took[0].Path != "/reviews/0/opportunities/0/participation" || !strings.Contains(took[0].Message, "Police Scotland") {
		t.Errorf("finding %v", took[0])
	}

	// Judged on the day before the review concluded, it is not yet held.
	before := findings(t, p, Options{AsOf: period.MustParseDate("2024-09-25")})
	if fs := append(before.WithRule(consult.RuleReviewOpportunity.ID), before.WithRule(consult.RuleReviewTookPart.ID)...); len(fs) != 0 {
		t.Errorf("a review not yet held: %v", fs)
	}
}

// TestDecodeReviews: a review is read strictly, and checked for what it
// needs, at its path.
func TestDecodeReviews(t *testing.T) {
	for _, tt := range []struct {
		name    string
		changes []change
		path    string
	}{
		{"no date", []change{{"/reviews/0/date", nil}}, "/reviews/0/date"},
		{"a revision named with no revision", []change{{"/reviews/0/outcome", "no-revision"}}, "/reviews/0/revision"},
		{"an unknown outcome", []change{{"/reviews/0/outcome", "revised"}}, "/reviews/0/outcome"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode("fife.json", edit(t, "fife-2023-2026.json", tt.changes...))
			require.Error(t, err)
			if !strings.Contains(err.Error(), tt.path) {
				t.Errorf("error %v does not name %s", err, tt.path)
			}
		})
	}
}

// TestNoConditionFindings: a plan is not a notice of disagreement, and no
// finding on a plan is of severity condition.
func TestNoConditionFindings(t *testing.T) {
	for _, r := range Rules() {
		if r.Severity == part3.Condition {
			t.Errorf("rule %s is a condition", r.ID)
		}
	}
	for _, name := range append(samples, "rules/base.json") {
		for _, f := range findings(t, load(t, name), Options{}) {
			if f.Severity == part3.Condition {
				t.Errorf("%s: condition finding %v", name, f)
			}
		}
	}
}
