package plan

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
)

// TestTitleYearsAsWritten: a title that names the plan's own period, in any
// of the ways plans write a range of years, raises no finding; one that
// names other years does, saying whether they are a real period.
func TestTitleYearsAsWritten(t *testing.T) {
	tests := []struct {
		title string
		want  string // part of the message; "" for no finding
	}{
		{"Dundee Children and Families Plan 2026-2029", ""},
		{"Dundee Children and Families Plan 2026-29", ""},
		{"Dundee Children and Families Plan 2026/29", ""},
		{"Dundee Children and Families Plan 2026 to 2029", ""},
		{"Dundee Children and Families Plan 2026–2029", ""},
		{"Dundee Children and Families Plan 2026to2029", ""},
		{"Dundee Children and Families Plan", ""},
		{"Dundee Children and Families Plan 2023-2026", "The title names 2023-2026, another three-year period, but the plan answers to 2026-2029"},
		{"Dundee Children and Families Plan 2026-2028", "The title names 2026-2028, which is not a three-year period of s.8(1), but the plan answers to 2026-2029"},
		{"Dundee Children and Families Plan 2023to2026", "The title names 2023-2026, another three-year period, but the plan answers to 2026-2029"},
		{"Dundee Children and Families Plan 2023\t-\t2026", "The title names 2023-2026, another three-year period, but the plan answers to 2026-2029"},
		{"Dundee Children and Families Plan 2023/24", "The title names 2023-2024, which is not a three-year period of s.8(1), but the plan answers to 2026-2029"},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			p := load(t, "rules/base.json")
			p.Title = tt.title
			got := findings(t, p, Options{}).WithRule(RuleTitleMatchesPeriodID)
			if tt.want == "" {
				require.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			require.Equal(t, "/title", got[0].Path)
			require.Contains(t, got[0].Message, tt.want)
		})
	}
}

// TestManageablePrioritiesAtFive: Appendix B step 2, "A good plan will have
// no more than 3 – 5 priorities in total": five is manageable, six is not.
func TestManageablePrioritiesAtFive(t *testing.T) {
	for n, want := range map[int]int{1: 0, 5: 0, 6: 1} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			p := load(t, "rules/base.json")
			for i := 2; i <= n; i++ {
				p.Priorities = append(p.Priorities, Priority{ID: fmt.Sprintf("P%d", i), Title: fmt.Sprintf("Priority %d", i),
					Evidence: []string{"E1"}, Measurable: true})
			}
			got := findings(t, p, Options{}).WithRule(RuleManageablePrioritiesID)
			require.Len(t, got, want)
			if want > 0 {
				require.Equal(t, "/priorities", got[0].Path)
				require.Contains(t, got[0].Message, fmt.Sprintf("The plan has %d priorities", n))
			}
		})
	}
}

// TestWithinPolicyRelief: a relief for a duty of section 10(7) extends the
// policy limit for that duty only, to the day the relief ends.
func TestWithinPolicyRelief(t *testing.T) {
	late := load(t, "rules/copies-and-publication-within-policy.json") // prepared 2026-03-20, published 2026-05-19
	relief := func(dutyID, until string) []judgement.Relief {
		return []judgement.Relief{{Duty: dutyID, PlanPeriod: late.Period, Until: period.MustParseDate(until),
			Citation: part3.Legislation("Coronavirus (Scotland) Act 2020", "sch.6")}}
	}
	tests := []struct {
		name    string
		reliefs []judgement.Relief
		want    int
	}{
		{"no relief", nil, 1},
		{"a relief to the day it was published", relief("s10-publish-plan", "2026-05-19"), 0},
		{"a relief that ended the day before", relief("s10-publish-plan", "2026-05-18"), 1},
		{"a relief for another duty", relief("s10-copy-to-ministers", "2026-06-30"), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findings(t, late, Options{Reliefs: tt.reliefs}).WithRule(RuleCopiesAndPublicationWithinPolicyID)
			require.Len(t, got, tt.want)
			if tt.want > 0 {
				require.Equal(t, "/publication/published", got[0].Path)
				require.Contains(t, got[0].Message, "The 2026-2029 plan published: published on 2026-05-19, ")
				require.Contains(t, got[0].Message, "no law or guidance sets a number of days, so this is not a breach of the Act")
			}
		})
	}
}
