package report

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/internal/testjson"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// ruleIDs returns the rule IDs of fs, in order.
func ruleIDs(fs part3.Findings) []string {
	out := []string{}
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}

// TestSamples checks the realistic sample reports against the sample plans
// of package plan.
func TestSamples(t *testing.T) {
	tests := []struct {
		report, plan string
		asOf         string // the day judged as of; "" for asOf
		want         []string
	}{
		{"fife-2023-2024.json", "fife-2023-2026.json", "", []string{}},
		{"fife-2024-2025-late.json", "fife-2023-2026-revision-1.json", "", []string{"duty.report-by-end-of-june"}},
		{"fife-2023-2024-missing-aim.json", "fife-2023-2026.json", "", []string{"report.aims-reported"}},
		{"fife-2023-2024-unknown-indicator.json", "fife-2023-2026.json", "", []string{"report.indicator-in-plan"}},
		{"fife-2026-2027-wrong-period.json", "fife-2023-2026.json", "", []string{"report.period-within-plan"}},
		// Published on 15 March 2024, before its year ended: not the
		// s.13(1) report, so the duty stays owed and is judged as of 30
		// June 2024, the last day of the guidance's target, before it is
		// late (TestEarlyReportAgreesWithTheCalendar judges it later).
		{"fife-2023-2024-early.json", "fife-2023-2026.json", "2024-06-30", []string{"duty.report-after-period"}},
		{"tayside-2023-2024.json", "tayside-2023-2026.json", "", []string{}},
		// A report on a 2017-2020 plan, published on 2019-11-15: neither
		// the guidance's target nor the partnership's limit applies (both
		// rest on the 2nd edition), and it was published within the next
		// year; no guidance finding either (it lists no plan changes and no
		// measurable difference).
		{"highland-2018-2019.json", "highland-2017-2020.json", "", []string{}},
		// The late report checked against the original plan names the
		// revision it is on.
		{"fife-2024-2025-late.json", "fife-2023-2026.json", "", []string{"report.plan-version", "duty.report-by-end-of-june"}},
	}
	for _, tt := range tests {
		t.Run(tt.report+" "+tt.plan, func(t *testing.T) {
			opts := Options{}
			if tt.asOf != "" {
				opts.AsOf = period.MustParseDate(tt.asOf)
			}
			res := judgeAgainst(t, load(t, tt.report), loadPlan(t, tt.plan), opts)
			if diff := cmp.Diff(tt.want, ruleIDs(res.Findings)); diff != "" {
				t.Errorf("rules (-want +got):\n%s\n%v", diff, res.Findings)
			}
			require.True(t, res.CheckedAgainstPlan)
			require.Empty(t, res.Skipped)
		})
	}
}

func TestSkipped(t *testing.T) {
	r := load(t, "fife-2023-2024.json")
	want := []string{"report.indicator-in-plan", "report.partnerships-plan", "report.plan-indicators-reported", "report.plan-version"}
	res := judgeAlone(t, r, Options{})
	if diff := cmp.Diff(want, res.Skipped); diff != "" {
		t.Errorf("without the plan, skipped (-want +got):\n%s", diff)
	}
	require.False(t, res.CheckedAgainstPlan)

	// Against another partnership's plan, nothing is compared with it and
	// nobody is in breach: the documents paired are not report and plan.
	res = judgeAgainst(t, load(t, "tayside-2023-2024.json"), loadPlan(t, "fife-2023-2026.json"), Options{})
	require.Empty(t, ruleIDs(res.Findings))
	if diff := cmp.Diff(want, res.Skipped); diff != "" {
		t.Errorf("against another plan, skipped (-want +got):\n%s", diff)
	}
	require.True(t, res.CheckedAgainstPlan)
}

// TestGuidanceNotRaisedFor2017To2020 checks that a report on a 2017-2020
// plan gets no finding that cites the guidance, where a later report with
// the same faults does.
func TestGuidanceNotRaisedFor2017To2020(t *testing.T) {
	faults := []change{
		{"/no_plan_changes", deleteIt},
		{"/difference_made", deleteIt},
		{"/indicators/0/value", deleteIt},
		{"/publication/published", "2019-12-20"},
	}
	old, err := Decode("old.json", edit(t, "highland-2018-2019.json", faults...))
	require.NoError(t, err)
	res := judgeAlone(t, old, Options{})
	require.False(t, res.GuidanceApplies)
	for _, f := range res.Findings {
		if f.Citation.IsGuidance() {
			t.Errorf("2017-2020 report: %v", f)
		}
	}
	// The partnership's limit rests on guidance para 125 too, and the
	// report was published within the following year: no finding.
	require.Empty(t, res.Findings.WithRule(duty.RuleReportWithinPolicyID), "the partnership's limit rests on the 2nd edition")
	require.Empty(t, res.Findings.WithSeverity(part3.Statutory))

	later := append(faults[:3:3], change{"/reporting_period", "2021-2022"}, change{"/plan/period", "2020-2023"},
		change{"/publication/published", "2022-08-01"}, change{"/indicators/0/value", map[string]any{"value": 1, "date": "2020-03-31"}})
	r, err := Decode("later.json", edit(t, "highland-2018-2019.json", later...))
	require.NoError(t, err)
	res = judgeAlone(t, r, Options{})
	require.True(t, res.GuidanceApplies)
	want := []string{"report.measurable-difference", "report.indicator-value-for-period", "report.plan-changes-listed", "duty.report-by-end-of-june"}
	if diff := cmp.Diff(want, ruleIDs(res.Findings)); diff != "" {
		t.Errorf("2020-2023 report, rules (-want +got):\n%s", diff)
	}
}

// TestDraftAndAsOf checks how a draft report is judged on time: once the
// as-of date passes each limit.
func TestDraftAndAsOf(t *testing.T) {
	draft, err := Decode("draft.json", edit(t, "rules/base.json", change{"/publication/published", deleteIt}))
	require.NoError(t, err)
	tests := []struct {
		name string
		r    Report
		asOf string
		want []string
	}{
		{"draft before the target", draft, "2024-06-30", []string{}},
		{"draft after the target", draft, "2024-07-01", []string{"duty.report-by-end-of-june"}},
		{"published after the as-of date is a draft", load(t, "rules/report-by-end-of-june.json"), "2024-07-15", []string{"duty.report-by-end-of-june"}},
		{"published after the as-of date, before the target", load(t, "rules/report-by-end-of-june.json"), "2024-06-01", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := judgeAlone(t, tt.r, Options{AsOf: period.MustParseDate(tt.asOf)})
			if diff := cmp.Diff(tt.want, ruleIDs(res.Findings)); diff != "" {
				t.Errorf("rules (-want +got):\n%s", diff)
			}
		})
	}
	res := judgeAlone(t, draft, Options{AsOf: period.MustParseDate("2024-07-01")})
	require.Contains(t, res.Findings[0].Message, "not published as of 2024-07-01")
	// A report recorded as published after the as-of date says so.
	res = judgeAlone(t, load(t, "rules/report-by-end-of-june.json"), Options{AsOf: period.MustParseDate("2024-07-15")})
	require.Contains(t, res.Findings[0].Message, "(the record of it, dated 2024-08-01, lies in the future: on 2024-07-15 it is not yet published)")
}

// TestRefusesContextWithoutAsOf: every judgement is made as of a date the
// caller gives; a context without one is refused at its as_of member, for
// a published report and a draft alike, on its own and against its plan.
func TestRefusesContextWithoutAsOf(t *testing.T) {
	draft, err := Decode("draft.json", edit(t, "rules/base.json", change{"/publication/published", deleteIt}))
	require.NoError(t, err)
	p := loadPlan(t, "rules/plan.json")
	for name, r := range map[string]Report{"published": load(t, "rules/base.json"), "draft": draft} {
		t.Run(name, func(t *testing.T) {
			res, err := r.Judge(judgement.Context{})
			requireNoAsOf(t, err)
			require.Nil(t, res.Findings)
			_, err = r.JudgeAgainstPlan(p, judgement.Context{})
			requireNoAsOf(t, err)
			_, err = r.Judge(judgement.Context{Policy: judgement.Policy{ReportDays: 30}})
			requireNoAsOf(t, err)
		})
	}
	_, err = Assess(p, judgement.Context{})
	requireNoAsOf(t, err)
}

// requireNoAsOf checks that err is the refusal of a context without an
// as-of date.
func requireNoAsOf(t testing.TB, err error) {
	t.Helper()
	testjson.CheckInputError(t, err, testjson.WantInputError{Category: part3.ErrMissing, Path: "/as_of"})
}

func TestRelief(t *testing.T) {
	late := load(t, "rules/report-by-end-of-june.json") // published 2024-08-01
	relief := func(rp string) judgement.Relief {
		r := judgement.Relief{Duty: "s13-annual-report", Until: period.MustParseDate("2024-09-30"),
			Citation: part3.Legislation("Coronavirus (Scotland) Act 2020", "sch.6")}
		if rp != "" {
			r.ReportingPeriod = period.MustParseReportingPeriod(rp)
		}
		return r
	}
	tests := []struct {
		name   string
		relief judgement.Relief
		want   []string
	}{
		{"for the period", relief("2023-2024"), []string{}},
		{"for another period", relief("2022-2023"), []string{"duty.report-by-end-of-june"}},
		{"for another duty", judgement.Relief{Duty: "s10-publish-plan", PlanPeriod: period.MustParsePlanPeriod("2023-2026"), Until: period.MustParseDate("2024-09-30"),
			Citation: part3.Legislation("Coronavirus (Scotland) Act 2020", "sch.6")}, []string{"duty.report-by-end-of-june"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := judgeAlone(t, late, Options{Reliefs: []judgement.Relief{tt.relief}})
			if diff := cmp.Diff(tt.want, ruleIDs(res.Findings)); diff != "" {
				t.Errorf("rules (-want +got):\n%s", diff)
			}
		})
	}
	// A relief names the reporting period it applies to: one for every
	// period is refused.
	_, err := late.Judge(Options{Reliefs: []judgement.Relief{relief("")}}.ctx())
	testjson.CheckInputError(t, err, testjson.WantInputError{Category: part3.ErrMissing, Path: "/reliefs/0/reporting_period"})
	// Past the relief, the finding says so.
	r := relief("2023-2024")
	r.Until = period.MustParseDate("2024-07-15")
	res := judgeAlone(t, late, Options{Reliefs: []judgement.Relief{r}})
	require.Len(t, res.Findings, 1)
	require.Contains(t, res.Findings[0].Message, "(the relieved limit: relief to 2024-07-15, Coronavirus (Scotland) Act 2020 sch.6)")
}

// TestPolicy checks the policy limit: the module's default
// (judgement.DefaultReportDays), the partnership's own number, and none.
func TestPolicy(t *testing.T) {
	r := load(t, "rules/base.json") // published 2024-06-20, 81 days after the period
	for _, tt := range []struct {
		days int
		want []string
	}{
		{0, []string{}},
		{80, []string{"duty.report-within-policy"}},
		{81, []string{}},
		{-1, []string{}},
	} {
		res := judgeAlone(t, r, Options{Policy: judgement.Policy{ReportDays: tt.days}})
		if diff := cmp.Diff(tt.want, ruleIDs(res.Findings)); diff != "" {
			t.Errorf("ReportDays %d: rules (-want +got):\n%s", tt.days, diff)
		}
	}
	// Past both limits, only the most binding is reported, as in the
	// calendar.
	late := load(t, "rules/report-by-end-of-june.json")
	res := judgeAlone(t, late, Options{Policy: judgement.Policy{ReportDays: 30}})
	require.Equal(t, []string{"duty.report-by-end-of-june"}, ruleIDs(res.Findings))
}

// TestPublishedJointly checks who must publish the report. The cases with
// section 60 of the 2026 Act in force judge the base report moved on three
// years (shiftYears), to 2026-2027, with section 60 in force from 1 January
// 2027, before the duty to publish arises on 1 April 2027: it cannot be in
// force before the Act was enacted on 15 May 2026, and so never before the
// duty on the 2023-2024 report arose, as it was from 1 January 2024.
func TestPublishedJointly(t *testing.T) {
	s60 := period.MustParseDate("2027-01-01")
	tests := []struct {
		name    string
		file    string
		changes []change
		later   bool        // judge the report moved on three years
		s60     period.Date // the commencement of section 60; zero for none
		want    string      // part of the message; "" for no finding
	}{
		{name: "both", file: "rules/base.json"},
		{name: "council only", file: "rules/base.json", changes: []change{{"/publication/published_by/1", deleteIt}}, want: "not recorded as published by NHS Fife"},
		{name: "no record", file: "rules/base.json", changes: []change{{"/publication/published_by", deleteIt}}, want: "does not record who published it"},
		{name: "another health board", file: "rules/base.json", changes: []change{{"/publication/published_by/1/health_board", "NHS Lothian"}}, want: "not recorded as published by NHS Fife"},
		{name: "police alone", file: "rules/published-jointly.json", want: "published by the Chief Constable of the Police Service of Scotland alone"},
		{name: "with an other service provider too", file: "rules/base.json", changes: []change{{"/publication/published_by/2", map[string]any{"provider": "police-scotland"}}}},
		{name: "three years on, before section 60", file: "rules/base.json", later: true},
		{name: "section 60 in force", file: "rules/base.json", later: true, s60: s60, want: "not recorded as published by Fife Integration Joint Board"},
		{name: "section 60 in force, with the board", file: "rules/base.json", later: true, s60: s60,
			changes: []change{{"/publication/published_by/2", map[string]any{"integration_joint_board": "Fife"}}}},
		{name: "a joint plan, one council missing", file: "tayside-2023-2024.json", changes: []change{{"/publication/published_by/0", deleteIt}}, want: "not recorded as published by Angus Council"},
		{name: "a draft is not judged", file: "rules/base.json", changes: []change{{"/publication", map[string]any{}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := edit(t, tt.file, tt.changes...)
			opts := Options{Section60: tt.s60}
			if tt.later {
				data = shiftYears(t, data, 3)
				opts.AsOf = asOf.AddYears(3)
			}
			r, err := Decode(tt.file, data)
			require.NoError(t, err)
			if tt.later {
				require.Equal(t, "2026-2027", r.ReportingPeriod.String())
			}
			got := judgeAlone(t, r, opts).Findings.WithRule(RulePublishedJointlyID)
			if tt.want == "" {
				require.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			if !strings.Contains(got[0].Message, tt.want) {
				t.Errorf("message %q does not contain %q", got[0].Message, tt.want)
			}
		})
	}
}

func TestAimsReported(t *testing.T) {
	// An aim with indicators and no statement is reported on; an aim with
	// neither is not.
	r, err := Decode("aims.json", edit(t, "rules/base.json",
		change{"/aims/prevention/extent", deleteIt}, change{"/aims/wellbeing", map[string]any{"extent": "  "}}))
	require.NoError(t, err)
	got := judgeAlone(t, r, Options{}).Findings.WithRule(RuleAimsReportedID)
	require.Len(t, got, 1)
	require.Equal(t, "/aims/wellbeing", got[0].Path)

	// Written out and read back, the aim reported by its indicators alone
	// is still there, and still reported on.
	data, err := json.Marshal(r)
	require.NoError(t, err)
	again, err := Decode("aims.json", data)
	require.NoError(t, err)
	require.Equal(t, []string{"I2"}, again.Aims.Prevention.Indicators)
	require.Equal(t, got, judgeAlone(t, again, Options{}).Findings.WithRule(RuleAimsReportedID))

	for _, tt := range []struct {
		name string
		a    AimReport
		want bool
	}{
		{"nothing", AimReport{}, true},
		{"an extent", AimReport{Extent: "Improved."}, false},
		{"indicators only", AimReport{Indicators: []string{"I2"}}, false},
		{"both", AimReport{Extent: "Improved.", Indicators: []string{"I2"}}, false},
	} {
		require.Equal(t, tt.want, tt.a.IsZero(), tt.name)
	}
}

func TestPrescribedOutcomes(t *testing.T) {
	order := func(from, until string) Options {
		o := outcomeOrder
		o.PrescribedOutcomes = []judgement.PrescribedOutcome{o.PrescribedOutcomes[0]}
		o.PrescribedOutcomes[0].From = period.MustParseReportingPeriod(from)
		if until != "" {
			o.PrescribedOutcomes[0].Until = period.MustParseReportingPeriod(until)
		}
		return o
	}
	noExtent, err := Decode("x.json", edit(t, "rules/prescribed-outcomes-reported.json", change{"/prescribed_outcomes/0/extent", deleteIt}))
	require.NoError(t, err)
	tests := []struct {
		name string
		r    Report
		opts Options
		path string // "" for no finding
	}{
		{"none prescribed", load(t, "rules/base.json"), Options{}, ""},
		{"from a later period", load(t, "rules/base.json"), order("2024-2025", ""), ""},
		{"revoked before the period", load(t, "rules/base.json"), order("2020-2021", "2022-2023"), ""},
		{"in force", load(t, "rules/base.json"), order("2020-2021", "2023-2024"), "/prescribed_outcomes"},
		{"named without its extent", noExtent, outcomeOrder, "/prescribed_outcomes/0/extent"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := judgeAlone(t, tt.r, tt.opts).Findings.WithRule(RulePrescribedOutcomesReportedID)
			if tt.path == "" {
				require.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			require.Equal(t, tt.path, got[0].Path)
		})
	}
}

// TestValidateNeverPanics runs the validators over values that
// Report.Validate would refuse.
func TestValidateNeverPanics(t *testing.T) {
	p := loadPlan(t, "rules/plan.json")
	for _, r := range []Report{
		{},
		{Kind: Kind, ReportingPeriod: period.MustParseReportingPeriod("2023-2024")},
		{Provision: Provision{Departures: []Departure{{Ground: NoticeOfDisagreement, Service: "S03"}}}},
		{Publication: Publication{Published: period.MustParseDate("2024-01-01"), PublishedBy: []Publisher{{}}}},
	} {
		judgeAlone(t, r, Options{AsOf: period.MustParseDate("2030-01-01")})
		judgeAgainst(t, r, p, Options{})
	}
}

// TestMeasurableDifference checks Appendix B step 10: a report should
// identify the measurable difference the plan has made, by an indicator
// with a baseline and a value or by values before and after, not simply
// describe the volume and frequency of service delivery.
func TestMeasurableDifference(t *testing.T) {
	measure := func(v float64, date string) map[string]any { return map[string]any{"value": v, "date": date} }
	tests := []struct {
		name    string
		changes []change
		want    string // part of the message; "" for no finding
	}{
		{name: "measured by an indicator with a baseline and a value"},
		{name: "its indicator has no baseline, though another has",
			changes: []change{{"/indicators/0/baseline", deleteIt}},
			want:    "None of the differences the report describes is measured"},
		{name: "its indicator has no value",
			changes: []change{{"/indicators/0/value", deleteIt}},
			want:    "None of the differences the report describes is measured"},
		{name: "measured before and after",
			changes: []change{{"/difference_made/0", map[string]any{"description": "Fewer exclusions.",
				"before": measure(40, "2023-03-31"), "after": measure(31, "2024-03-31")}}}},
		{name: "before only",
			changes: []change{{"/difference_made/0", map[string]any{"description": "Fewer exclusions.", "before": measure(40, "2023-03-31")}}},
			want:    "None of the differences the report describes is measured"},
		{name: "the second of two measured",
			changes: []change{
				{"/difference_made/1", map[string]any{"description": "More children start treatment within 18 weeks.", "indicators": []any{"I1"}}},
				{"/difference_made/0", map[string]any{"description": "Young people feel listened to."}},
			}},
		{name: "activity only",
			changes: []change{{"/difference_made", deleteIt}, {"/activity", []any{
				map[string]any{"description": "Counselling sessions delivered"}, map[string]any{"description": "Parenting groups run"}}}},
			want: "describes the volume and frequency of service delivery (2 items) but no difference the plan has made"},
		{name: "neither a difference nor activity",
			changes: []change{{"/difference_made", deleteIt}},
			want:    "The report identifies no difference the plan has made"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Decode("difference.json", edit(t, "rules/base.json", tt.changes...))
			require.NoError(t, err)
			got := judgeAlone(t, r, Options{}).Findings.WithRule(RuleMeasurableDifferenceID)
			if tt.want == "" {
				require.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			require.Equal(t, "/difference_made", got[0].Path)
			if !strings.Contains(got[0].Message, tt.want) {
				t.Errorf("message %q does not contain %q", got[0].Message, tt.want)
			}
		})
	}
}

// TestIndicatorNotInPlan checks that the finding on an indicator the plan
// does not have names the plan's own indicators, or says it has none.
func TestIndicatorNotInPlan(t *testing.T) {
	p := loadPlan(t, "rules/plan.json")
	p.Indicators = nil
	got := judgeAgainst(t, load(t, "rules/base.json"), p, Options{}).Findings.WithRule(RuleIndicatorInPlanID)
	require.Len(t, got, 2, "neither I1 nor I2 is in a plan with no indicators")
	require.Equal(t, "/indicators/0/id", got[0].Path)
	require.Contains(t, got[0].Message, "Indicator I1 is not one of the plan's indicators (it has none)")
}

// TestDescriptionQuoted checks how a finding quotes the report's words: on
// one line, whole up to 80 characters, shortened beyond.
func TestDescriptionQuoted(t *testing.T) {
	tests := []struct {
		name, description, want string
	}{
		{"spaces collapsed", "Counselling   was not\n offered.", `"Counselling was not offered."`},
		{"80 characters, whole", strings.Repeat("é", 80), `"` + strings.Repeat("é", 80) + `"`},
		{"81 characters, shortened", strings.Repeat("é", 81), `"` + strings.Repeat("é", 77) + `..."`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Decode("departure.json", edit(t, "rules/departure-ground.json", change{"/provision/departures/0/description", tt.description}))
			require.NoError(t, err)
			got := judgeAlone(t, r, Options{}).Findings.WithRule(RuleDepartureGroundID)
			require.Len(t, got, 1)
			require.Contains(t, got[0].Message, "no ground for departing from the plan ("+tt.want+")")
		})
	}
}

// TestPartnershipsPlan checks that a report is judged against its own
// plan (s.13(1): each local authority and its relevant health board report
// on their own plan, guidance para 123): a report that covers other areas
// than its plan's is noted, never a breach, and a plan that is not the
// report's (another period, or none of its areas) decides nothing.
func TestPartnershipsPlan(t *testing.T) {
	angusOnly, err := Decode("angus.json", edit(t, "tayside-2023-2024.json", change{"/partnership/councils", []any{"Angus"}}))
	require.NoError(t, err)
	withFife, err := Decode("tayside-and-fife.json", edit(t, "tayside-2023-2024.json", change{"/partnership/councils", []any{"Angus", "Dundee City", "Perth and Kinross", "Fife"}}))
	require.NoError(t, err)
	tests := []struct {
		name    string
		r       Report
		plan    string
		path    string // "" for no finding
		phrase  string
		skipped bool // the comparisons with the plan are skipped
	}{
		{name: "its own plan", r: load(t, "tayside-2023-2024.json"), plan: "tayside-2023-2026.json"},
		{name: "another partnership's plan", r: load(t, "tayside-2023-2024.json"), plan: "fife-2023-2026.json", skipped: true},
		{name: "one area of a joint plan", r: angusOnly, plan: "tayside-2023-2026.json",
			path: "/partnership/councils", phrase: "is also for Dundee City and Perth and Kinross, which the report does not cover"},
		{name: "an area beyond its plan", r: withFife, plan: "tayside-2023-2026.json",
			path: "/partnership/councils", phrase: "The report is for Fife, which the plan it is checked against"},
		{name: "the plan of another period", r: load(t, "highland-2018-2019.json"), plan: "highland-2021-2023.json", skipped: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := judgeAgainst(t, tt.r, loadPlan(t, tt.plan), Options{})
			got := res.Findings.WithRule(RulePartnershipsPlanID)
			require.Equal(t, tt.skipped, slices.Contains(res.Skipped, RulePartnershipsPlanID))
			if tt.path == "" {
				require.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			require.Equal(t, tt.path, got[0].Path)
			require.Equal(t, part3.Practice, got[0].Severity)
			require.Contains(t, got[0].Message, tt.phrase)
			require.Nil(t, got[0].By, "no breach, so nobody in breach")
		})
	}
}

// TestEarlyReportAgreesWithTheCalendar: a report published before its
// period ended is not the s.13(1) report, so the duty stays owed and its
// limits run on, in Report.Judge as in the duty calendar.
func TestEarlyReportAgreesWithTheCalendar(t *testing.T) {
	r := load(t, "fife-2023-2024-early.json") // published 2024-03-15
	now := period.MustParseDate("2024-08-01")
	got := ruleIDs(judgeAlone(t, r, Options{AsOf: now}).Findings)
	require.Equal(t, []string{"duty.report-after-period", "duty.report-by-end-of-june"}, got)

	h := duty.History{Reports: []duty.ReportRecord{{Period: r.ReportingPeriod, Published: r.Publication.Published}}}
	c, err := duty.NewCalendar(service.MustLookupCouncil("Fife"), h, judgement.New(now))
	require.NoError(t, err)
	var calendar []string
	for _, f := range c.Findings() {
		if strings.HasPrefix(f.Path, "/reports/0") {
			calendar = append(calendar, f.Rule)
		}
	}
	slices.Sort(got)
	slices.Sort(calendar)
	require.Equal(t, got, calendar)
}

// TestTimelinessAgreesWithTheCalendar: on the same facts (the reporting
// period, the day the report was published or none, the judgement date,
// the partnership's limit, a stated fact and a relief) Report.Judge and
// the duty calendar give the annual report the same status: no finding on
// its timeliness where the calendar says met or due, and otherwise a
// finding of the same rule and severity.
func TestTimelinessAgreesWithTheCalendar(t *testing.T) {
	fife := service.MustLookupCouncil("Fife")
	base := load(t, "rules/base.json") // Fife, 2023-2024
	old := base
	old.ReportingPeriod, old.Plan.Period = period.MustParseReportingPeriod("2018-2019"), period.MustParsePlanPeriod("2017-2020")
	stated := func(r Report, by period.Date) judgement.Facts {
		return judgement.Facts{TimePassed: []judgement.TimePassed{{Duty: judgement.DutyAnnualReport, Councils: []service.Council{fife},
			ReportingPeriod: r.ReportingPeriod, By: by, Source: "Decision of the Chief Officers Group"}}}
	}
	relief := func(r Report, until period.Date) []judgement.Relief {
		return []judgement.Relief{{Duty: judgement.DutyAnnualReport, ReportingPeriod: r.ReportingPeriod, Until: until,
			Citation: part3.Legislation("Coronavirus (Scotland) Act 2020", "sch.6")}}
	}
	checked := 0
	for _, r := range []Report{base, old} {
		end := r.ReportingPeriod.End()
		for _, published := range []int{0, -20, 30, 85, 100, 200, 380} {
			for _, asOf := range []int{10, 60, 92, 150, 190, 365, 366, 500} {
				for _, ctx := range []judgement.Context{
					{},
					{Policy: judgement.Policy{ReportDays: 30}},
					{Policy: judgement.Policy{ReportDays: -1}},
					{Facts: stated(r, end.AddDays(45))},
					{Reliefs: relief(r, end.AddDays(120))},
					{Reliefs: relief(r, end.AddDays(400)), Facts: stated(r, end.AddDays(200))},
				} {
					ctx.AsOf = end.AddDays(asOf)
					rep := r
					rep.Publication.Published = period.Date{}
					if published != 0 {
						rep.Publication.Published = end.AddDays(published)
					}
					res, err := rep.Judge(ctx)
					require.NoError(t, err)
					h := duty.History{Council: fife, Reports: []duty.ReportRecord{{Period: rep.ReportingPeriod, Published: rep.Publication.Published}}}
					cal, err := duty.NewCalendar(fife, h, ctx)
					require.NoError(t, err)
					var o duty.Obligation
					for _, x := range cal.Obligations {
						if x.Duty == judgement.DutyAnnualReport && x.ReportingPeriod == rep.ReportingPeriod {
							o = x
						}
					}
					var got []string
					for _, f := range res.Findings {
						if f.Path == "/publication/published" && f.Rule != duty.RuleReportAfterPeriodID {
							got = append(got, f.Rule+" "+f.Severity.String())
						}
					}
					want := []string{}
					if o.Status == duty.Late {
						want = append(want, o.Rule+" "+o.Severity.String())
					}
					if got == nil {
						got = []string{}
					}
					if diff := cmp.Diff(want, got); diff != "" {
						t.Errorf("%s published %s as of %s (%+v): report and calendar differ (-calendar +report):\n%s\n%s",
							rep.ReportingPeriod, rep.Publication.Published, ctx.AsOf, ctx, diff, o.Describe(ctx.AsOf))
					}
					checked++
				}
			}
		}
	}
	require.Greater(t, checked, 500)
}

// TestPlanChangesRevisionWithoutID: a revision made in the period that
// has no version ID cannot be named by a change; a report listing a change
// is taken to list it, and one stating there were none still is not.
func TestPlanChangesRevisionWithoutID(t *testing.T) {
	p := loadPlan(t, "rules/plan-revised.json")
	p.Version.ID = ""
	listed := judgeAgainst(t, load(t, "rules/plan-changes-listed-ok.json"), p, Options{})
	require.Empty(t, listed.Findings.WithRule(RulePlanChangesListedID))
	none := judgeAgainst(t, load(t, "rules/base.json"), p, Options{})
	got := none.Findings.WithRule(RulePlanChangesListedID)
	require.Len(t, got, 1)
	require.Contains(t, got[0].Message, "with no version ID")
}
