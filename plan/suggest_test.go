package plan

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
)

// TestDecodeSuggests: a misspelt member, kind, value or ID is told the one
// probably meant, and every problem of the document is told at once.
func TestDecodeSuggests(t *testing.T) {
	data := edit(t, "rules/base.json",
		change{"/kind", "childrens-service-plan"},
		change{"/publication/prepard", "2026-03-20"},
		change{"/services/0/provider", "health-board"},
		change{"/services/1/provider", "Police Scotland"},
		change{"/services/0/prevention/0", "early-intervenion"},
		change{"/publication/accessible_versions/0/format", "plan on a page"},
		change{"/needs_assessment/evidence/0/type", "quantitive"},
		change{"/outcomes/0/wellbeing/0", "Saef"},
	)
	_, err := Decode("plan.json", data)
	var ie *part3.InputError
	require.ErrorAs(t, err, &ie)
	var lines []string
	for _, p := range ie.Problems() {
		lines = append(lines, p.Error())
	}
	all := strings.Join(lines, "\n")
	for _, want := range []string{
		`/kind: wrong document kind: kind "childrens-service-plan"; did you mean "childrens-services-plan"?`,
		`/publication/prepard: unknown field: "prepard" is not a field here; did you mean "prepared"? (expected one of this object's members: prepared, sent_to_ministers,`,
		`/services/0/provider: invalid value: unknown provider "health-board"; did you mean "relevant-health-board"?`,
		`/services/1/provider: invalid value: unknown provider "Police Scotland"; did you mean "police-scotland"?`,
		`/services/0/prevention/0: invalid value: unknown prevention role "early-intervenion"; did you mean "early-intervention"?`,
		`/publication/accessible_versions/0/format: invalid value: unknown accessible format "plan on a page"; did you mean "plan-on-a-page"?`,
		`/needs_assessment/evidence/0/type: invalid value: unknown evidence type "quantitive"; did you mean "quantitative"?`,
		`/outcomes/0/wellbeing/0: invalid value: unknown wellbeing indicator "Saef"; did you mean "safe"?`,
	} {
		require.Contains(t, all, want)
	}
	require.Len(t, lines, 8, all)
	for i := 1; i < len(ie.Problems()); i++ {
		a, b := ie.Problems()[i-1], ie.Problems()[i]
		require.True(t, a.Line < b.Line || a.Line == b.Line && a.Column <= b.Column, "not in document order:\n%s", all)
	}

	// A dangling reference suggests the ID meant.
	_, err = Decode("plan.json", edit(t, "rules/base.json", change{"/services/1/actions/0/priority", "p1"}))
	require.ErrorContains(t, err, `no priority has ID "p1"; did you mean "P1"?`)
}
