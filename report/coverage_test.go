package report

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/period"
)

func TestCoverage(t *testing.T) {
	p := loadPlan(t, "fife-2023-2026.json")
	reports := []Report{
		load(t, "fife-2023-2024.json"),              // 0: 2023-2024, published 2024-06-20
		load(t, "fife-2024-2025-late.json"),         // 1: 2024-2025, published 2025-08-14
		load(t, "tayside-2023-2024.json"),           // 2: another partnership
		load(t, "fife-2026-2027-wrong-period.json"), // 3: a period of the next plan
		load(t, "fife-2023-2024-early.json"),        // 4: 2023-2024 again, published 2024-03-15
	}
	type row struct {
		Period  string
		Status  CoverageStatus
		Reports []int
		Drafts  []int
	}
	rows := func(c Coverage) []row {
		var out []row
		for _, pc := range c.Periods {
			out = append(out, row{pc.Period.String(), pc.Status, pc.Reports, pc.Drafts})
		}
		return out
	}
	tests := []struct {
		name string
		asOf string
		want []row
	}{
		{"before the first period ends", "2024-03-01", []row{
			{"2023-2024", Open, []int{}, []int{0, 4}},
			{"2024-2025", Open, []int{}, []int{1}},
			{"2025-2026", Open, []int{}, []int{}},
		}},
		{"during the second period", "2025-06-01", []row{
			{"2023-2024", Duplicated, []int{0, 4}, []int{}},
			{"2024-2025", Missing, []int{}, []int{1}},
			{"2025-2026", Open, []int{}, []int{}},
		}},
		{"after the late report", "2025-09-01", []row{
			{"2023-2024", Duplicated, []int{0, 4}, []int{}},
			{"2024-2025", Covered, []int{1}, []int{}},
			{"2025-2026", Open, []int{}, []int{}},
		}},
		{"as a complete record", "", []row{
			{"2023-2024", Duplicated, []int{0, 4}, []int{}},
			{"2024-2025", Covered, []int{1}, []int{}},
			{"2025-2026", Missing, []int{}, []int{}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var asOf period.Date
			if tt.asOf != "" {
				asOf = period.MustParseDate(tt.asOf)
			}
			c := CoverageOf(p, reports, asOf)
			if diff := cmp.Diff(tt.want, rows(c)); diff != "" {
				t.Errorf("periods (-want +got):\n%s", diff)
			}
			require.Equal(t, []int{2, 3}, c.Other)
		})
	}

	c := CoverageOf(p, reports[:2], period.MustParseDate("2026-05-01"))
	require.Equal(t, []period.ReportingPeriod{period.MustParseReportingPeriod("2025-2026")}, c.With(Missing))
	require.Equal(t, "annual reports on the 2023-2026 plan as of 2026-05-01:\n"+
		"  2023-2024  covered  reports 0\n  2024-2025  covered  reports 1\n  2025-2026  missing\n", c.String())

	// A joint plan: the report must be for all its council areas.
	tay := CoverageOf(loadPlan(t, "tayside-2023-2026.json"), reports, period.Date{})
	require.Equal(t, []int{2}, tay.Periods[0].Reports)

	// The zero plan has no periods, and every report is another's.
	noPeriod := p
	noPeriod.Period = period.PlanPeriod{}
	none := CoverageOf(noPeriod, reports, period.Date{})
	require.Empty(t, none.Periods)
	require.Len(t, none.Other, len(reports))

	data, err := json.Marshal(c)
	require.NoError(t, err)
	require.Contains(t, string(data), `"status":"missing"`)
}

func TestCoverageStatus(t *testing.T) {
	for _, s := range []CoverageStatus{Covered, Duplicated, Missing, Open} {
		text, err := s.MarshalText()
		require.NoError(t, err)
		require.Equal(t, string(text), s.String())
		var back CoverageStatus
		require.NoError(t, back.UnmarshalText(text))
		require.Equal(t, s, back)
	}
	_, err := ParseCoverageStatus("late")
	require.Error(t, err)
	_, err = CoverageStatus(9).MarshalText()
	require.Error(t, err)

	require.Equal(t, "", CoverageStatus(0).String(), "the zero value")
	// A value past the last status has no text form: its String is not
	// empty and is not one of the statuses.
	for _, s := range []CoverageStatus{Open + 1, 9} {
		require.False(t, s.IsValid())
		require.NotEmpty(t, s.String())
		_, err := ParseCoverageStatus(s.String())
		require.Error(t, err, "%d", uint8(s))
	}
}
