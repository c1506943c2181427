package duty

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// TestTimelyGrade: a duty owed as soon as (reasonably) practicable is
// outstanding until a limit passes; past the partnership's own limit or
// the module's default it is late at practice, naming the limit; it is a
// breach of the Act only past a day the caller states as a fact, quoting
// its source, or past the engine's outer bound, which says it is the
// engine's reading.
func TestTimelyGrade(t *testing.T) {
	fife := []service.Council{service.MustLookupCouncil("Fife")}
	pp := period.MustParsePlanPeriod("2026-2029")
	prepared := period.MustParseDate("2026-03-20")
	copy := Timely{Duty: judgement.DutyCopyToMinisters, Councils: fife, PlanPeriod: pp, Arises: prepared}
	rp := period.MustParseReportingPeriod("2026-2027")
	report := Timely{Duty: judgement.DutyAnnualReport, Councils: fife, ReportingPeriod: rp}
	old := Timely{Duty: judgement.DutyPublishPlan, Councils: fife, PlanPeriod: period.MustParsePlanPeriod("2017-2020"), Arises: period.MustParseDate("2017-03-20")}
	source := "Decision of the partnership's Chief Officers Group, 12 June 2026"
	fact := func(id string, by string) judgement.Facts {
		f := judgement.TimePassed{Duty: id, Councils: fife, PlanPeriod: pp, By: period.MustParseDate(by), Source: source}
		if id == judgement.DutyAnnualReport {
			f.PlanPeriod, f.ReportingPeriod = period.PlanPeriod{}, rp
		}
		return judgement.Facts{TimePassed: []judgement.TimePassed{f}}
	}
	relief := func(id, until string) []judgement.Relief {
		r := judgement.Relief{Duty: id, PlanPeriod: pp, Until: period.MustParseDate(until), Citation: part3.Legislation("Coronavirus (Scotland) Act 2020", "")}
		if id == judgement.DutyAnnualReport {
			r.PlanPeriod, r.ReportingPeriod = period.PlanPeriod{}, rp
		}
		return []judgement.Relief{r}
	}
	tests := []struct {
		name     string
		t        Timely
		recorded string
		asOf     string
		policy   judgement.Policy
		facts    judgement.Facts
		reliefs  []judgement.Relief
		status   Status
		severity part3.Severity
		rule     string
		words    []string // in the message
	}{
		{"27 days, nothing sent", copy, "", "2026-04-16", judgement.Policy{}, judgement.Facts{}, nil, Due, 0, "",
			[]string{"outstanding as of 2026-04-16", "the first limit is 2026-04-17, the module's default of 28 days"}},
		{"29 days, nothing sent", copy, "", "2026-04-18", judgement.Policy{}, judgement.Facts{}, nil, Late, part3.Practice, RuleCopyToMinisters.ID,
			[]string{"not sent as of 2026-04-18, 1 day past 2026-04-17, the module's default of 28 days (no law or guidance sets a number; set your partnership's own)",
				"section 10(7)(a)(i)", "guidance para 102", "not a breach of the Act"}},
		{"the partnership's own limit", copy, "", "2026-04-05", judgement.Policy{CopyDays: 14}, judgement.Facts{}, nil, Late, part3.Practice, RuleCopyToMinisters.ID,
			[]string{"2026-04-03, the partnership's own limit of 14 days after the plan was prepared on 2026-03-20"}},
		{"no limit of the partnership's", copy, "", "2026-12-01", judgement.Policy{CopyDays: -1}, judgement.Facts{}, nil, Due, 0, "", nil},
		{"sent within the limit", copy, "2026-04-10", "2026-12-01", judgement.Policy{}, judgement.Facts{}, nil, Met, 0, "",
			[]string{"sent on 2026-04-10, within 2026-04-17"}},
		{"sent late", copy, "2026-05-01", "2026-12-01", judgement.Policy{}, judgement.Facts{}, nil, Late, part3.Practice, RuleCopyToMinisters.ID,
			[]string{"sent on 2026-05-01, 14 days past 2026-04-17"}},
		{"the time passed, as stated", copy, "", "2026-06-01", judgement.Policy{}, fact(judgement.DutyCopyToMinisters, "2026-05-31"), nil, Late, part3.Statutory, RuleCopyToMinistersPracticable.ID,
			[]string{"1 day past 2026-05-31 (the last day by which it was reasonably practicable, as stated: " + source + ")"}},
		{"sent after the stated day", copy, "2026-06-10", "2026-12-01", judgement.Policy{}, fact(judgement.DutyCopyToMinisters, "2026-05-31"), nil, Late, part3.Statutory, RuleCopyToMinistersPracticable.ID,
			[]string{"sent on 2026-06-10, 10 days past 2026-05-31", source}},
		{"sent by the stated day, after the module's default", copy, "2026-05-20", "2026-12-01", judgement.Policy{}, fact(judgement.DutyCopyToMinisters, "2026-05-31"), nil, Late, part3.Practice, RuleCopyToMinisters.ID, nil},
		{"a fact about another duty", copy, "", "2026-06-01", judgement.Policy{}, fact(judgement.DutyPublishPlan, "2026-05-31"), nil, Late, part3.Practice, RuleCopyToMinisters.ID, nil},
		{"a relief does not move a stated day", copy, "", "2026-06-01", judgement.Policy{}, fact(judgement.DutyCopyToMinisters, "2026-05-31"), relief(judgement.DutyCopyToMinisters, "2026-09-30"), Late, part3.Statutory, RuleCopyToMinistersPracticable.ID, nil},
		{"a relief moves the module's default", copy, "", "2026-06-01", judgement.Policy{}, judgement.Facts{}, relief(judgement.DutyCopyToMinisters, "2026-09-30"), Due, 0, "", nil},
		{"the period ended, nothing sent", copy, "", "2029-04-01", judgement.Policy{}, judgement.Facts{}, nil, Late, part3.Statutory, RuleCopyToMinistersPracticable.ID,
			[]string{"1 day past 2029-03-31 (the end of the plan's period 2026-2029: the engine's reading is that \"as soon as reasonably practicable\" never outlasts the period the plan is for; the Act sets no number)"}},
		{"the period ended, on its last day", copy, "", "2029-03-31", judgement.Policy{}, judgement.Facts{}, nil, Late, part3.Practice, RuleCopyToMinisters.ID, nil},
		{"a relief moves the outer bound", copy, "", "2029-04-01", judgement.Policy{}, judgement.Facts{}, relief(judgement.DutyCopyToMinisters, "2029-06-30"), Due, 0, "",
			[]string{"2029-06-30 (the relieved limit: relief to 2029-06-30, Coronavirus (Scotland) Act 2020)"}},
		{"sent after the period ended", copy, "2029-04-02", "2029-05-01", judgement.Policy{}, judgement.Facts{}, nil, Late, part3.Statutory, RuleCopyToMinistersPracticable.ID, nil},
		{"a copy of a draft", copy, "2026-03-01", "2026-04-18", judgement.Policy{}, judgement.Facts{}, nil, Late, part3.Practice, RuleCopyToMinisters.ID,
			[]string{"(the record of it, dated 2026-03-01, is before the plan was prepared on 2026-03-20: what was sent then was a draft, which does not meet the duty)"}},
		{"a copy recorded after the judgement date", copy, "2026-05-01", "2026-04-18", judgement.Policy{}, judgement.Facts{}, nil, Late, part3.Practice, RuleCopyToMinisters.ID,
			[]string{"(the record of it, dated 2026-05-01, lies in the future: on 2026-04-18 it is not yet sent)"}},
		{"a copy recorded after the judgement date, past the stated day", copy, "2026-07-01", "2026-06-15", judgement.Policy{}, fact(judgement.DutyCopyToMinisters, "2026-05-31"), nil, Late, part3.Statutory, RuleCopyToMinistersPracticable.ID,
			[]string{"lies in the future", source}},
		{"a plan not prepared", Timely{Duty: judgement.DutyPublishPlan, Councils: fife, PlanPeriod: pp}, "", "2030-01-01", judgement.Policy{}, judgement.Facts{}, nil, Due, 0, "",
			[]string{"owed once the plan is prepared, which it has not been"}},
		{"a 2017-2020 plan: no limit of the guidance's edition", old, "", "2019-01-01", judgement.Policy{}, judgement.Facts{}, nil, Due, 0, "", nil},
		{"a 2017-2020 plan after its period", old, "", "2020-04-01", judgement.Policy{}, judgement.Facts{}, nil, Late, part3.Statutory, RulePublishPlanPracticable.ID, nil},
		{"a report within every limit", report, "2027-06-01", "2027-12-01", judgement.Policy{}, judgement.Facts{}, nil, Met, 0, "", nil},
		{"a report after June", report, "", "2027-07-01", judgement.Policy{}, judgement.Facts{}, nil, Late, part3.Guidance, RuleReportByEndOfJune.ID,
			[]string{"the guidance's end-of-June target", "not a breach of the Act"}},
		{"a report past the partnership's limit", report, "", "2027-05-15", judgement.Policy{ReportDays: 30}, judgement.Facts{}, nil, Late, part3.Practice, RuleReportWithinPolicy.ID,
			[]string{"the partnership's own limit of 30 days after the period ended on 2027-03-31", "guidance para 125"}},
		{"a report past the stated day", report, "", "2027-06-01", judgement.Policy{}, fact(judgement.DutyAnnualReport, "2027-05-31"), nil, Late, part3.Statutory, RuleReportPracticable.ID,
			[]string{"as stated: " + source, "section 13(1)"}},
		{"a report not published by the end of the next year", report, "", "2028-04-01", judgement.Policy{}, judgement.Facts{}, nil, Late, part3.Statutory, RuleReportPracticable.ID,
			[]string{"2028-03-31 (the end of the one-year period after the one reported on: the engine's reading is that \"as soon as practicable\" never outlasts a whole further year; the Act sets no number)"}},
		{"a report on the last day of the next year", report, "", "2028-03-31", judgement.Policy{}, judgement.Facts{}, nil, Late, part3.Guidance, RuleReportByEndOfJune.ID, nil},
		{"a report published before its period ended", report, "2027-03-15", "2027-05-01", judgement.Policy{}, judgement.Facts{}, nil, Due, 0, "",
			[]string{"(the report recorded as published on 2027-03-15 came before the period ended on 2027-03-31: it is not the report on the whole period that section 13(1) requires)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var recorded period.Date
			if tt.recorded != "" {
				recorded = period.MustParseDate(tt.recorded)
			}
			ctx := judgement.Context{AsOf: period.MustParseDate(tt.asOf), Policy: tt.policy, Facts: tt.facts, Reliefs: tt.reliefs}
			require.NoError(t, ctx.Validate())
			g := tt.t.Grade(recorded, ctx)
			msg := g.Message(tt.t.Subject())
			if g.Status != tt.status || g.Severity != tt.severity || g.Rule != tt.rule {
				t.Errorf("graded %s %s %q, want %s %s %q: %s", g.Status, g.Severity, g.Rule, tt.status, tt.severity, tt.rule, msg)
			}
			for _, w := range tt.words {
				if !strings.Contains(msg, w) {
					t.Errorf("message lacks %q:\n%s", w, msg)
				}
			}
			if g.Status == Late && g.Passed().Rule != g.Rule {
				t.Errorf("passed limit %+v is not of rule %s", g.Passed(), g.Rule)
			}
			if g.Severity == part3.Statutory && !strings.Contains(msg, source) && !strings.Contains(msg, "the engine's reading") {
				t.Errorf("a statutory grade rests neither on a stated fact nor on the outer bound: %s", msg)
			}
			if g.Severity == part3.Practice && strings.Contains(msg, "local policy") {
				t.Errorf("a practice grade calls a number local policy: %s", msg)
			}
		})
	}
}

// TestCalendarAppliesFactsAboutItsJointPlan: a fact about Tayside's joint
// plan names its three council areas; Angus's calendar applies it.
func TestCalendarAppliesFactsAboutItsJointPlan(t *testing.T) {
	angus := service.MustLookupCouncil("Angus")
	tayside := []service.Council{angus, service.MustLookupCouncil("Dundee City"), service.MustLookupCouncil("Perth and Kinross")}
	h := readHistory(t, "rules/copies-none.json")
	f := judgement.TimePassed{Duty: judgement.DutyPublishPlan, Councils: tayside, PlanPeriod: period.MustParsePlanPeriod("2023-2026"),
		By: period.MustParseDate("2023-06-30"), Source: "Ministers' letter of 1 August 2023"}
	c := calendarOf(t, h, "2024-11-26", Options{Facts: judgement.Facts{TimePassed: []judgement.TimePassed{f}}})
	o := one(t, c, "s10-publish-plan", "the 2023-2026 plan published")
	if o.Status != Late || o.Severity != part3.Statutory || o.Rule != RulePublishPlanPracticable.ID {
		t.Errorf("with the fact: %s", o.Describe(c.AsOf))
	}
	fs := c.Findings().WithRule(RulePublishPlanPracticable.ID)
	require.Len(t, fs, 1)
	if !strings.Contains(fs[0].Message, "Ministers' letter of 1 August 2023") {
		t.Errorf("the finding does not quote the fact's source: %s", fs[0].Message)
	}
	// A fact about Fife's plan is not Angus's.
	f.Councils = []service.Council{service.MustLookupCouncil("Fife")}
	c = calendarOf(t, h, "2024-11-26", Options{Facts: judgement.Facts{TimePassed: []judgement.TimePassed{f}}})
	if o := one(t, c, "s10-publish-plan", "the 2023-2026 plan published"); o.Severity != part3.Practice {
		t.Errorf("with another partnership's fact: %s", o.Describe(c.AsOf))
	}
}

// TestCalendarRecordWithoutDates: a record of a period that gives no date
// for something says it has not been done, and that is graded; no record
// of the period is not recorded.
func TestCalendarRecordWithoutDates(t *testing.T) {
	angus := service.MustLookupCouncil("Angus")
	h := History{Council: angus,
		Plans:   []PlanRecord{{Period: period.MustParsePlanPeriod("2020-2023"), Prepared: period.MustParseDate("2020-03-20")}},
		Reports: []ReportRecord{{Period: period.MustParseReportingPeriod("2020-2021")}},
	}
	c := calendarOf(t, h, "2026-11-26", Options{})
	for _, tt := range []struct {
		duty, subject string
		status        Status
		severity      part3.Severity
	}{
		{"s8-prepare-plan", "the 2020-2023 plan prepared", Met, 0},
		{"s10-copy-to-ministers", "the 2020-2023 plan sent to the Scottish Ministers", Late, part3.Statutory},
		{"s10-copy-to-other-service-providers", "the 2020-2023 plan sent to each other service provider", Late, part3.Statutory},
		{"s10-publish-plan", "the 2020-2023 plan published", Late, part3.Statutory},
		{"s13-annual-report", "the 2020-2021 annual report published", Late, part3.Statutory},
		{"s8-prepare-plan", "the 2023-2026 plan prepared", NotRecorded, 0},
		{"s10-publish-plan", "the 2023-2026 plan published", NotRecorded, 0},
		{"s13-annual-report", "the 2021-2022 annual report published", NotRecorded, 0},
	} {
		o := one(t, c, tt.duty, tt.subject)
		if o.Status != tt.status || o.Severity != tt.severity {
			t.Errorf("%s: %s %s, want %s %s", tt.subject, o.Status, o.Severity, tt.status, tt.severity)
		}
	}
}

// TestCalendarPreparedAfterItsDate: a plan recorded as prepared after the
// calendar's date is still a draft on it, and the note says why.
func TestCalendarPreparedAfterItsDate(t *testing.T) {
	h := readHistory(t, "rules/copies-met.json") // prepared 2023-03-20
	c := calendarOf(t, h, "2023-03-10", Options{})
	o := one(t, c, "s8-prepare-plan", "the 2023-2026 plan prepared")
	if o.Status != Due || o.Done.IsValid() || !strings.Contains(o.Note, "after the calendar's date") {
		t.Errorf("a plan prepared after the calendar's date: %s (%s)", o.Describe(c.AsOf), o.Note)
	}
	if m := one(t, c, "s10-copy-to-ministers", "the 2023-2026 plan sent to the Scottish Ministers"); m.Arises.IsValid() || m.Status != Due {
		t.Errorf("its copy: %s", m.Describe(c.AsOf))
	}
	// Once the period has begun, the plan is not in place, and the finding
	// says its recorded preparation lies in the future.
	h.Plans[0].Prepared = period.MustParseDate("2023-04-20")
	for k := range h.Plans[0].SentToOtherServiceProviders {
		h.Plans[0].SentToOtherServiceProviders[k] = period.MustParseDate("2023-04-27")
	}
	h.Plans[0].SentToMinisters, h.Plans[0].Published = period.MustParseDate("2023-04-27"), period.MustParseDate("2023-04-27")
	c = calendarOf(t, h, "2023-04-10", Options{})
	fs := c.Findings().WithRule(RulePlanInPlace.ID)
	require.Len(t, fs, 1)
	require.Contains(t, fs[0].Message, "(the history records it as prepared on 2023-04-20, which lies in the future: on 2023-04-10 the plan is still a draft)")
}

func TestBasisText(t *testing.T) {
	for b := BasisAct; b <= BasisOuterBound; b++ {
		text, err := b.MarshalText()
		require.NoError(t, err)
		var back Basis
		require.NoError(t, back.UnmarshalText(text))
		require.Equal(t, b, back)
	}
	_, err := Basis(9).MarshalText()
	require.Error(t, err)
	var b Basis
	require.ErrorIs(t, b.UnmarshalText([]byte("local-policy")), part3.ErrInvalidValue)
	require.Equal(t, "", Basis(0).String())
}

// TestTimelyWithoutAPeriod: a duty graded without a valid period (input a
// caller should not give) has no outer bound, and so is never a breach on
// it; grading does not panic.
func TestTimelyWithoutAPeriod(t *testing.T) {
	ctx := judgement.New(period.MustParseDate("2030-01-01"))
	for _, tm := range []Timely{
		{Duty: judgement.DutyPublishPlan, Arises: period.MustParseDate("2026-03-20")},
		{Duty: judgement.DutyAnnualReport},
		{Duty: judgement.DutyAnnualReport, Arises: period.MustParseDate("2026-04-01")},
	} {
		g := tm.Grade(period.Date{}, ctx)
		if g.Severity == part3.Statutory {
			t.Errorf("%+v: graded a breach without a period: %s", tm, g.Reason())
		}
		_ = g.Message(tm.Subject())
	}
}
