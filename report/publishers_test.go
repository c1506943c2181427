package report

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/period"
)

// TestPublishedJointlyNamesEachBodyOnce: the Tayside joint report not
// published by NHS Tayside names the board once, not once per council.
func TestPublishedJointlyNamesEachBodyOnce(t *testing.T) {
	data := edit(t, "tayside-2023-2024.json", change{"/publication/published_by/3", deleteIt})
	r, err := Decode("tayside.json", data)
	require.NoError(t, err)
	got := judgeAlone(t, r, Options{}).Findings.WithRule(RulePublishedJointly.ID)
	require.Len(t, got, 1)
	require.Equal(t, 1, strings.Count(got[0].Message, "NHS Tayside"), got[0].Message)
}

// TestPublishedJointlySection60: a message that holds the relevant
// integration joint board to the duty to publish says that it rests on the
// module's reading of section 60 of the 2026 Act; one that does not, does
// not.
func TestPublishedJointlySection60(t *testing.T) {
	data := shiftYears(t, edit(t, "rules/base.json"), 3)
	r, err := Decode("later.json", data)
	require.NoError(t, err)
	opts := Options{Section60: period.MustParseDate("2027-01-01"), AsOf: asOf.AddYears(3)}
	got := judgeAlone(t, r, opts).Findings.WithRule(RulePublishedJointly.ID)
	require.Len(t, got, 1)
	require.Contains(t, got[0].Message, "is the module's reading of section 60 of the Children (Care")
	require.Contains(t, got[0].Message, "(3) to (12)")

	data = edit(t, "rules/base.json", change{"/publication/published_by/1", deleteIt})
	r, err = Decode("council-only.json", data)
	require.NoError(t, err)
	got = judgeAlone(t, r, Options{}).Findings.WithRule(RulePublishedJointly.ID)
	require.Len(t, got, 1)
	require.NotContains(t, got[0].Message, "section 60")
}

// TestPublisherOutsidePartnership: the Tayside joint report with Perth and
// Kinross taken out of its areas still records that council as a
// publisher: a practice finding, not a breach of the Act by anyone.
func TestPublisherOutsidePartnership(t *testing.T) {
	data := edit(t, "tayside-2023-2024.json", change{"/partnership/councils/2", deleteIt})
	r, err := Decode("tayside.json", data)
	require.NoError(t, err)
	res := judgeAlone(t, r, Options{})
	got := res.Findings.WithRule(RulePublisherOutsidePartnership.ID)
	require.Len(t, got, 1)
	require.Equal(t, part3.Practice, got[0].Severity)
	require.Contains(t, got[0].Message, "Perth and Kinross Council")
	require.Contains(t, got[0].Message, "(Angus and Dundee City)")
	require.Empty(t, res.Findings.WithSeverity(part3.Statutory))

	// The integration joint board of an area, and an other service
	// provider, publishing with the partnership are not outsiders.
	data = edit(t, "rules/base.json", change{"/publication/published_by/2", map[string]any{"integration_joint_board": "Fife"}},
		change{"/publication/published_by/3", map[string]any{"provider": "police-scotland"}})
	r, err = Decode("fife.json", data)
	require.NoError(t, err)
	require.Empty(t, judgeAlone(t, r, Options{}).Findings.WithRule(RulePublisherOutsidePartnership.ID))
}
