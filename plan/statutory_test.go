package plan

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// TestPreparedLateCountsFromTheLastDay: a plan for 2026-2029 must be
// finalised before the period starts on 1 April 2026 (s.8(1), guidance para
// 101), so 31 March 2026 is the last day, and the finding counts the days
// late from it.
func TestPreparedLateCountsFromTheLastDay(t *testing.T) {
	tests := []struct {
		prepared string
		want     string // the message's opening; "" for no finding
	}{
		{"2026-03-31", ""},
		{"2026-04-01", "The plan was prepared on 2026-04-01, after its period 2026-2029 began on 2026-04-01 (1 day after the last day to prepare it, 2026-03-31)"},
		{"2026-04-10", "The plan was prepared on 2026-04-10, after its period 2026-2029 began on 2026-04-01 (10 days after the last day to prepare it, 2026-03-31)"},
	}
	for _, tt := range tests {
		t.Run(tt.prepared, func(t *testing.T) {
			p := load(t, "rules/base.json")
			p.Publication.Prepared = period.MustParseDate(tt.prepared)
			got := findings(t, p, Options{}).WithRule(RulePreparedBeforePeriodID)
			if tt.want == "" {
				require.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			require.Equal(t, "/publication/prepared", got[0].Path)
			if !strings.HasPrefix(got[0].Message, tt.want) {
				t.Errorf("message %q\nwant it to open %q", got[0].Message, tt.want)
			}
		})
	}
}

// TestStatedStartAfterPeriodStart: a plan prepared in time whose stated
// dates begin after its period does not cover the whole period (s.8(1));
// when the plan was prepared late, the gap is its lateness and is reported
// once, by the rule on preparation.
func TestStatedStartAfterPeriodStart(t *testing.T) {
	tests := []struct {
		name, prepared, start string
		stated, late          []string // paths of the findings of each rule
	}{
		{"starts with the period", "2026-03-20", "2026-04-01", nil, nil},
		{"starts a month in, prepared in time", "2026-03-20", "2026-05-01", []string{"/stated_dates/start"}, nil},
		{"starts a month in, prepared late", "2026-04-20", "2026-05-01", nil, []string{"/publication/prepared"}},
	}

	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := load(t, "rules/base.json")
			p.Publication.Prepared = period.MustParseDate(tt.prepared)
			p.StatedDates.Start = period.MustParseDate(tt.start)
			fs := findings(t, p, Options{})
			paths := func(rule part3.Rule) []string {
				var out []string
				for _, f := range fs.WithRule(rule.ID) {
					out = append(out, f.Path)
				}
				return out
			}
			require.Equal(t, tt.stated, paths(ruleStatedDatesCoverPeriod))
			require.Equal(t, tt.late, paths(rulePreparedBeforePeriod))
			if tt.stated != nil {
				require.Contains(t, fs.WithRule(RuleStatedDatesCoverPeriodID)[0].Message,
					"the plan starts on 2026-05-01, after its period 2026-2029 starts on 2026-04-01")
			}
			if tt.late != nil {
				require.Contains(t, fs.WithRule(RulePreparedBeforePeriodID)[0].Message,
					"As written, the plan covers the period only from 2026-05-01")
			}
		})
	}
}

// TestDraftReadsTheLawOnItsAsOfDate: a draft, which has no day of
// preparation to read the law on, is judged under the law in force on the
// day it is judged as of. Judged as of 30 June 2026, during its period,
// it must name the relevant integration joint board only if section 60 of
// the 2026 Act is in force by then.
func TestDraftReadsTheLawOnItsAsOfDate(t *testing.T) {
	draft := load(t, "rules/draft.json") // Dundee City, 2026-2029
	on := period.MustParseDate("2026-06-30")
	tests := []struct {
		commenced string
		want      int // findings that the relevant integration joint board is not named
	}{
		{"2026-06-29", 1},
		{"2026-06-30", 1},
		{"2026-07-01", 0},
	}
	for _, tt := range tests {
		t.Run(tt.commenced, func(t *testing.T) {
			opts := Options{AsOf: on, Section60: period.MustParseDate(tt.commenced)}
			require.Len(t, findings(t, draft, opts).WithRule(RuleIntegrationJointBoardID), tt.want)
		})
	}
}

// TestDraftWithRelief: a relief from the time limit for preparing the plan
// (duty "s8-prepare-plan") holds off the finding on a draft until the
// relief ends.
func TestDraftWithRelief(t *testing.T) {
	draft := load(t, "rules/draft.json")
	relief := []judgement.Relief{{Duty: "s8-prepare-plan", PlanPeriod: draft.Period, Until: period.MustParseDate("2026-06-30"),
		Citation: part3.Legislation("Coronavirus (Scotland) Act 2020", "sch.6")}}
	for now, want := range map[string]int{"2026-04-10": 0, "2026-06-30": 0, "2026-07-01": 1} {
		got := findings(t, draft, Options{AsOf: period.MustParseDate(now), Reliefs: relief}).WithRule(RulePreparedBeforePeriodID)
		if len(got) != want {
			t.Errorf("on %s with a relief to 2026-06-30: %v, want %d findings", now, got, want)
		}
	}
}

// TestRevisionFindingsNameTheProvider: each finding that an opportunity was
// given for the earlier version names the provider it was given to.
func TestRevisionFindingsNameTheProvider(t *testing.T) {
	p := load(t, "fife-2023-2026-revision-reused-record.json")
	p.Preparation.Opportunities = append(slices.Clone(p.Preparation.Opportunities), consult.Opportunity{
		Provider: service.ProviderScottishMinisters, NoticeGiven: period.MustParseDate("2022-08-15")})
	want := map[string]string{
		"/preparation/opportunities/0/notice_given": "Police Scotland",
		"/preparation/opportunities/1/notice_given": "the Scottish Fire and Rescue Service",
		"/preparation/opportunities/2/notice_given": "the Principal Reporter",
		"/preparation/opportunities/3/notice_given": "the National Convener of Children's Hearings Scotland",
		"/preparation/opportunities/4/notice_given": "the Scottish Courts and Tribunals Service",
		"/preparation/opportunities/5/notice_given": "the integration joint board",
		"/preparation/opportunities/6/notice_given": "the Scottish Ministers",
	}
	got := map[string]string{}
	// The Scottish Ministers provide a prison service in Fife, so they are
	// owed an opportunity too.
	prison := []judgement.PrisonService{{Council: service.MustLookupCouncil("Fife")}}
	for _, f := range findings(t, p, Options{PrisonServices: prison}).WithRule(RuleRevisionPreparedAfreshID) {
		if !strings.HasPrefix(f.Path, "/preparation/opportunities/") {
			continue
		}
		name, _, ok := strings.Cut(strings.TrimPrefix(f.Message, "This opportunity for "), " was given on 2022-08-15")
		require.True(t, ok, f.Message)
		got[f.Path] = name
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("providers named (-want +got):\n%s", diff)
	}
}

// TestCopyOfADraftBesideThePlan: s.10(7)(a)(ii) asks for a copy of the plan
// once prepared; a copy of a draft sent earlier, recorded beside it, does
// not make the copy early, and a draft's copy alone does not meet the duty.
func TestCopyOfADraftBesideThePlan(t *testing.T) {
	p := load(t, "rules/base.json")
	prepared := p.Publication.Prepared
	var police Copy
	for _, c := range p.Publication.SentToOtherServiceProviders {
		if c.Provider == service.ProviderPoliceScotland {
			police = c
		}
	}
	require.False(t, police.Provider.IsZero(), "the base plan sends Police Scotland a copy")
	draft := Copy{Provider: service.ProviderPoliceScotland, Sent: prepared.AddDays(-30)}

	p.Publication.SentToOtherServiceProviders = append([]Copy{draft}, p.Publication.SentToOtherServiceProviders...)
	require.Empty(t, findings(t, p, Options{}).WithRule(RuleCopyToOtherServiceProvidersID), "a draft's copy beside the plan's")

	p.Publication.SentToOtherServiceProviders = slices.DeleteFunc(p.Publication.SentToOtherServiceProviders, func(c Copy) bool { return c == police })
	fs := findings(t, p, Options{}).WithRule(RuleCopyToOtherServiceProvidersID)
	require.Len(t, fs, 1, "a draft's copy alone")
	require.Contains(t, fs[0].Message, "The 2026-2029 plan sent to the Chief Constable of the Police Service of Scotland: not sent as of 2030-04-01 (the record of it, dated "+draft.Sent.String()+", is before the plan was prepared on "+prepared.String()+": what was sent then was a draft, which does not meet the duty)")
}

// TestDraftCopiesWhileTheDutyIsNotYetDue: a copy or publication of a
// draft does not meet s.10(7), which stays owed; like a missing one it is
// outstanding until the partnership's limit or the module's default passes
// (then a practice finding), and a breach once the plan's period has
// ended; and the three duties of s.10(7) agree.
func TestDraftCopiesWhileTheDutyIsNotYetDue(t *testing.T) {
	p := load(t, "rules/base.json")
	prepared := p.Publication.Prepared
	draft := prepared.AddDays(-3)
	p.Publication.SentToMinisters, p.Publication.Published = draft, draft
	for i := range p.Publication.SentToOtherServiceProviders {
		p.Publication.SentToOtherServiceProviders[i].Sent = draft
	}
	rules := []part3.Rule{ruleCopyToMinisters, ruleCopyToOtherServiceProviders, rulePublished}
	for _, tt := range []struct {
		now                 period.Date
		statutory, practice int
	}{{prepared.AddDays(5), 0, 0}, {prepared.AddDays(60), 0, 3}, {p.Period.End().AddDays(1), 1, 0}} {
		fs := findings(t, p, Options{AsOf: tt.now})
		for _, r := range rules {
			require.Len(t, fs.WithRule(r.ID), tt.statutory, "%s on %s", r.ID, tt.now)
		}
		require.Len(t, fs.WithRule(RuleCopiesAndPublicationWithinPolicyID), tt.practice, "%s on %s", RuleCopiesAndPublicationWithinPolicyID, tt.now)
		for _, f := range append(fs.WithRule(RuleCopiesAndPublicationWithinPolicyID), fs.WithSeverity(part3.Statutory)...) {
			if strings.HasPrefix(f.Path, "/publication/") && !strings.Contains(f.Message, "was a draft, which does not meet the duty") {
				t.Errorf("the finding does not say the record is of a draft: %s", f.Message)
			}
		}
	}
}

// TestStatedStartWithinRelief: a plan prepared after its period began but
// within a relief the caller relies on was in time, so no lateness is
// reported; a stated start a year after the period's, long after the
// relief ended, is its own gap (s.8(1)), where a start the day after the
// relief ends is what the relief excused.
func TestStatedStartWithinRelief(t *testing.T) {
	p := load(t, "rules/base.json")
	p.Publication.Prepared = period.MustParseDate("2026-04-02")
	p.StatedDates.Start = period.MustParseDate("2027-04-01")
	opts := Options{Reliefs: []judgement.Relief{{Duty: "s8-prepare-plan", PlanPeriod: p.Period,
		Until: period.MustParseDate("2026-04-30"), Citation: part3.Act("8(1)")}}}
	fs := findings(t, p, opts)
	require.Empty(t, fs.WithRule(RulePreparedBeforePeriodID))
	got := fs.WithRule(RuleStatedDatesCoverPeriodID)
	require.Len(t, got, 1)
	require.Equal(t, "/stated_dates/start", got[0].Path)
	// Starting the day after the relief ends: excused.
	q := p
	q.StatedDates.Start = period.MustParseDate("2026-05-01")
	require.Empty(t, findings(t, q, opts).WithRule(RuleStatedDatesCoverPeriodID))
	// Without the relief the gap is the lateness, reported once.
	fs = findings(t, p, Options{})
	require.Len(t, fs.WithRule(RulePreparedBeforePeriodID), 1)
	require.Empty(t, fs.WithRule(RuleStatedDatesCoverPeriodID))
}
