package duty

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

func readHistory(t testing.TB, path string) History {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", path))
	require.NoError(t, err)
	h, err := DecodeHistory(path, data)
	require.NoError(t, err)
	return h
}

func calendarOf(t testing.TB, h History, asOf string, opts Options) Calendar {
	t.Helper()
	c, err := NewCalendar(h.Council, h, opts.ctx(period.MustParseDate(asOf)))
	require.NoError(t, err)
	return c
}

// TestRules triggers each rule from a small document, and shows that a
// document just within the limit does not. Unless a row says otherwise,
// the calendar is as of 2024-11-26 with the module's default limits.
func TestRules(t *testing.T) {
	thirtyDays := Options{Policy: judgement.Policy{ReportDays: 30}}
	angus := []service.Council{service.MustLookupCouncil("Angus")}
	pp, rp := period.MustParsePlanPeriod("2023-2026"), period.MustParseReportingPeriod("2023-2024")
	stated := func(id string) Options {
		f := judgement.TimePassed{Duty: id, Councils: angus, PlanPeriod: pp, By: period.MustParseDate("2023-04-30"), Source: "Decision of the partnership's Chief Officers Group, 12 May 2023"}
		if id == "s13-annual-report" {
			f.PlanPeriod, f.ReportingPeriod, f.By = period.PlanPeriod{}, rp, period.MustParseDate("2024-05-31")
		}
		return Options{Facts: judgement.Facts{TimePassed: []judgement.TimePassed{f}}}
	}
	tests := []struct {
		rule     part3.Rule
		file     string
		asOf     string
		opts     Options
		path     string // the history path the finding is at
		wantHits int
	}{
		{rulePlanInPlace, "rules/plan-in-place-late.json", "", Options{}, "/plans/0/prepared", 1},
		{rulePlanInPlace, "rules/plan-in-place-met.json", "", Options{}, "/plans/0/prepared", 0},
		{ruleCopyToMinistersWithinPolicy, "rules/copies-late.json", "", Options{}, "/plans/0/sent_to_ministers", 1},
		{ruleCopyToMinistersWithinPolicy, "rules/copies-met.json", "", Options{}, "/plans/0/sent_to_ministers", 0},
		{ruleCopyToMinistersWithinPolicy, "rules/copies-none.json", "", Options{}, "/plans/0/sent_to_ministers", 1},
		{ruleCopyToOtherServiceProvidersWithinPolicy, "rules/copies-late.json", "", Options{}, "/plans/0/sent_to_other_service_providers/", 6},
		{ruleCopyToOtherServiceProvidersWithinPolicy, "rules/copies-met.json", "", Options{}, "/plans/0/sent_to_other_service_providers/", 0},
		{ruleCopyToOtherServiceProvidersWithinPolicy, "rules/copies-none.json", "", Options{}, "/plans/0/sent_to_other_service_providers/", 6},
		{rulePublishPlanWithinPolicy, "rules/copies-late.json", "", Options{}, "/plans/0/published", 1},
		{rulePublishPlanWithinPolicy, "rules/copies-met.json", "", Options{}, "/plans/0/published", 0},
		{rulePublishPlanWithinPolicy, "rules/copies-none.json", "", Options{}, "/plans/0/published", 1},
		// Nothing sent by the end of the plan's period, the outer bound;
		// or sent after it.
		{ruleCopyToMinisters, "rules/copies-none.json", "2026-04-01", Options{}, "/plans/0/sent_to_ministers", 1},
		{ruleCopyToMinisters, "rules/copies-none.json", "2026-03-31", Options{}, "/plans/0/sent_to_ministers", 0},
		{ruleCopyToMinisters, "rules/copies-after-period.json", "2026-05-01", Options{}, "/plans/0/sent_to_ministers", 1},
		{ruleCopyToMinisters, "rules/copies-late.json", "2026-05-01", Options{}, "/plans/0/sent_to_ministers", 0},
		{ruleCopyToOtherServiceProviders, "rules/copies-none.json", "2026-04-01", Options{}, "/plans/0/sent_to_other_service_providers/", 6},
		{ruleCopyToOtherServiceProviders, "rules/copies-after-period.json", "2026-05-01", Options{}, "/plans/0/sent_to_other_service_providers/", 6},
		{ruleCopyToOtherServiceProviders, "rules/copies-late.json", "2026-05-01", Options{}, "/plans/0/sent_to_other_service_providers/", 0},
		{rulePublishPlan, "rules/copies-none.json", "2026-04-01", Options{}, "/plans/0/published", 1},
		{rulePublishPlan, "rules/copies-after-period.json", "2026-05-01", Options{}, "/plans/0/published", 1},
		{rulePublishPlan, "rules/copies-late.json", "2026-05-01", Options{}, "/plans/0/published", 0},
		// The caller states that the time passed on 2023-04-30: the copies
		// sent on 2023-04-17 were in time, those of June were not.
		{ruleCopyToMinisters, "rules/copies-late.json", "", stated("s10-copy-to-ministers"), "/plans/0/sent_to_ministers", 1},
		{ruleCopyToMinisters, "rules/copies-met.json", "", stated("s10-copy-to-ministers"), "/plans/0/sent_to_ministers", 0},
		{ruleCopyToOtherServiceProviders, "rules/copies-late.json", "", stated("s10-copy-to-other-service-providers"), "/plans/0/sent_to_other_service_providers/", 6},
		{ruleCopyToOtherServiceProviders, "rules/copies-met.json", "", stated("s10-copy-to-other-service-providers"), "/plans/0/sent_to_other_service_providers/", 0},
		{rulePublishPlan, "rules/copies-late.json", "", stated("s10-publish-plan"), "/plans/0/published", 1},
		{rulePublishPlan, "rules/copies-met.json", "", stated("s10-publish-plan"), "/plans/0/published", 0},
		{ruleReportByEndOfJune, "rules/report-after-june.json", "", Options{}, "/reports/0/published", 1},
		{ruleReportByEndOfJune, "rules/report-by-june.json", "", Options{}, "/reports/0/published", 0},
		// Reports on 2017-2020 plans: neither the June target nor the
		// partnership's limit (both rest on the 2nd edition, paras 125 and
		// 129).
		{ruleReportByEndOfJune, "rules/report-2017-plan-after-june.json", "", Options{}, "/reports/0/published", 0},
		{ruleReportWithinPolicy, "rules/report-2017-plan-after-june.json", "", Options{}, "/reports/0/published", 0},
		// A limit of the partnership's own, shorter than the June target.
		{ruleReportWithinPolicy, "rules/report-may.json", "", thirtyDays, "/reports/0/published", 1},
		{ruleReportWithinPolicy, "rules/report-may.json", "", Options{}, "/reports/0/published", 0},
		// The module's default limit is not the guidance's June target
		// under another name: a report on 2018-2019 published on 1 July
		// 2019 is within it.
		{ruleReportWithinPolicy, "rules/report-2017-plan-july.json", "", Options{}, "/reports/0/published", 0},
		{ruleReportByEndOfJune, "rules/report-2017-plan-july.json", "", Options{}, "/reports/0/published", 0},
		// Not published by the end of the next one-year period, the outer
		// bound; or published after the day the caller states.
		{rulePublishAnnualReport, "rules/report-none.json", "2025-04-01", Options{}, "/reports/0/published", 1},
		{rulePublishAnnualReport, "rules/report-none.json", "2025-03-31", Options{}, "/reports/0/published", 0},
		{rulePublishAnnualReport, "rules/report-after-june.json", "", stated("s13-annual-report"), "/reports/0/published", 1},
		{rulePublishAnnualReport, "rules/report-may.json", "", stated("s13-annual-report"), "/reports/0/published", 0},
		// A report published before its period ended does not meet s.13(1).
		{ruleReportAfterPeriod, "rules/report-before-period-end.json", "", Options{}, "/reports/0/published", 1},
		{ruleReportAfterPeriod, "rules/report-by-june.json", "", Options{}, "/reports/0/published", 0},
	}
	for _, tt := range tests {
		asOf := tt.asOf
		if asOf == "" {
			asOf = "2024-11-26"
		}
		t.Run(fmt.Sprintf("%s/%s/%s", tt.rule.ID, tt.file, asOf), func(t *testing.T) {
			c := calendarOf(t, readHistory(t, tt.file), asOf, tt.opts)
			hits := 0
			for _, f := range c.Findings().WithRule(tt.rule.ID) {
				if strings.HasPrefix(f.Path, tt.path) {
					hits++
					if f.Severity != tt.rule.Severity || f.Citation != tt.rule.Citation {
						t.Errorf("finding %v does not carry its rule's severity and citation", f)
					}
					// A statutory finding names Angus's joint planners as
					// in breach; a finding of another severity names none.
					var by []string
					if f.Severity == part3.Statutory {
						by = []string{"Angus Council", "NHS Tayside"}
					}
					if diff := cmp.Diff(by, f.By); diff != "" {
						t.Errorf("By (-want +got):\n%s", diff)
					}
				}
			}
			if hits != tt.wantHits {
				t.Errorf("%d findings of %s at %s, want %d:\n%v", hits, tt.rule.ID, tt.path, tt.wantHits, c.Findings())
			}
		})
	}
}

// TestFindingsNameWhoOwesTheDuty: a statutory finding names those who owed
// the obligation on the day it arose: with section 60 of the 2026 Act in
// force by then, the relevant integration joint board too.
func TestFindingsNameWhoOwesTheDuty(t *testing.T) {
	h := History{Council: service.MustLookupCouncil("Angus"),
		Reports: []ReportRecord{{Period: period.MustParseReportingPeriod("2026-2027")}}}
	for _, tt := range []struct {
		section60 string
		want      []string
	}{
		{"2027-04-01", []string{"Angus Council", "NHS Tayside", "Angus Integration Joint Board"}},
		{"2027-04-02", []string{"Angus Council", "NHS Tayside"}}, // the duty arose on 2027-04-01
	} {
		c := calendarOf(t, h, "2028-04-01", Options{Section60: period.MustParseDate(tt.section60)})
		fs := c.Findings().WithRule(RulePublishAnnualReportID)
		require.Len(t, fs, 1)
		require.Equal(t, tt.want, fs[0].By, "section 60 in force from %s", tt.section60)
	}
}

// find returns the obligations matching duty and subject.
func find(c Calendar, duty, subject string) []Obligation {
	var out []Obligation
	for _, o := range c.Obligations {
		if o.Duty == duty && o.Subject() == subject {
			out = append(out, o)
		}
	}
	return out
}

func one(t *testing.T, c Calendar, duty, subject string) Obligation {
	t.Helper()
	found := find(c, duty, subject)
	require.Len(t, found, 1, "obligations %s for %s", duty, subject)
	return found[0]
}

func TestCalendarWithoutHistory(t *testing.T) {
	fife := service.MustLookupCouncil("Fife")
	c, err := NewCalendar(fife, History{}, judgement.New(period.MustParseDate("2026-11-26")))
	require.NoError(t, err)
	if c.Obligations[0].Duty != "s8-prepare-plan" || c.Obligations[0].PlanPeriod.String() != "2017-2020" {
		t.Errorf("first obligation: %+v", c.Obligations[0])
	}
	// Nothing recorded is not lateness: every deadline is not recorded,
	// with no severity.
	for _, o := range c.Obligations {
		if o.Kind == Deadline && (o.Status != NotRecorded || o.Severity != 0 || o.Done.IsValid()) {
			t.Errorf("with no history, %s (%s %s)", o.Describe(c.AsOf), o.Status, o.Severity)
		}
		for _, r := range o.Recipients {
			if r.Status != NotRecorded {
				t.Errorf("with no history, the copy to %s is %s", r.Name(), r.Status)
			}
		}
	}
	// Every plan from 2017-2020 to the next one, 2029-2032, with the day
	// it was (or is) to be prepared by.
	for _, p := range []string{"2017-2020", "2020-2023", "2023-2026", "2026-2029", "2029-2032"} {
		o := one(t, c, "s8-prepare-plan", "the "+p+" plan prepared")
		pp := period.MustParsePlanPeriod(p)
		if len(o.Limits) != 1 || o.Limits[0].Date != pp.Start().AddDays(-1) {
			t.Errorf("%s plan: limits %+v", p, o.Limits)
		}
		if !strings.Contains(o.Describe(c.AsOf), "not recorded: the history has no record of the "+p+" plan") {
			t.Errorf("%s plan: %s", p, o.Describe(c.AsOf))
		}
		// Copies of a plan not known to be prepared have no limit yet.
		m := one(t, c, "s10-copy-to-ministers", "the "+p+" plan sent to the Scottish Ministers")
		if m.Arises.IsValid() || len(m.Limits) != 0 {
			t.Errorf("copy of an unrecorded %s plan: %+v", p, m)
		}
	}
	// Every report from 2017-2018 to the current one, 2026-2027.
	reports := 0
	for _, o := range c.Obligations {
		if o.Duty == "s13-annual-report" {
			reports++
		}
	}
	if reports != 10 {
		t.Errorf("%d annual reports, want 10 (2017-2018 to 2026-2027)", reports)
	}
	if fs := c.Findings(); len(fs) != 0 {
		t.Errorf("findings with nothing recorded: %v", fs)
	}
	// Review: the current period only.
	if rs := find(c, "s11-keep-under-review", "the 2026-2029 plan kept under review"); len(rs) != 1 || rs[0].Status != Ongoing {
		t.Errorf("review of the current plan: %+v", rs)
	}
	if n := len(find(c, "s11-keep-under-review", "the 2023-2026 plan kept under review")); n != 0 {
		t.Errorf("%d review items for a past period", n)
	}
	// The review window: from 2020-2023 only (the 2nd edition's para 6).
	if n := len(find(c, reviewWindowID, "the review of the 2017-2020 plans")); n != 0 {
		t.Error("a review window for 2017-2020 plans, which the 2nd edition does not cover")
	}
	w := one(t, c, reviewWindowID, "the review of the 2026-2029 plans")
	if w.Status != Info || w.Arises.String() != "2026-04-01" || w.Until.String() != "2026-10-31" {
		t.Errorf("review window: %+v", w)
	}
	// The review window is no duty: it cites guidance para 6; the plan's
	// preparation cites s.8(1).
	if got := w.Citation(); got != part3.GuidancePara(6) {
		t.Errorf("review window cites %s, want guidance para 6", got)
	}
	if got := one(t, c, "s8-prepare-plan", "the 2029-2032 plan prepared").Citation(); got != part3.Act("8(1)") {
		t.Errorf("preparation cites %s, want s.8(1)", got)
	}
	// With no history there is no record for any obligation to point at,
	// so no history path, and the findings have none either.
	for _, o := range c.Obligations {
		if p := o.HistoryPath(); p != "" {
			t.Errorf("%s: history path %q with no history", o.Subject(), p)
		}
	}
	for _, f := range c.Findings() {
		if f.Path != "" {
			t.Errorf("finding at %q with no history: %s", f.Path, f.Message)
		}
	}
	if diff := cmp.Diff([]string{"Fife Council", "NHS Fife"}, one(t, c, "s8-prepare-plan", "the 2026-2029 plan prepared").OwedBy); diff != "" {
		t.Errorf("owed by (-want +got):\n%s", diff)
	}
}

// TestCalendarOutsidePeriods: a date before 1 April 2017 or after 31 March
// 9997 has no plan period, and the calendar says so with the period
// package's error.
func TestCalendarOutsidePeriods(t *testing.T) {
	tests := []struct {
		asOf string
		want error
	}{
		{"2016-12-01", period.ErrBeforeFirstPeriod},
		{"2017-03-31", period.ErrBeforeFirstPeriod},
		{"9997-04-01", period.ErrAfterLastPeriod},
		{"9999-12-31", period.ErrAfterLastPeriod},
	}
	for _, tt := range tests {
		t.Run(tt.asOf, func(t *testing.T) {
			_, err := NewCalendar(service.MustLookupCouncil("Moray"), History{}, judgement.New(period.MustParseDate(tt.asOf)))
			var npe *period.NoPeriodError
			if !errors.As(err, &npe) || !errors.Is(err, tt.want) {
				t.Errorf("error %v, want a NoPeriodError matching %v", err, tt.want)
			}
		})
	}
	for _, asOf := range []string{"2017-04-01", "9997-03-31"} {
		_, err := NewCalendar(service.MustLookupCouncil("Moray"), History{}, judgement.New(period.MustParseDate(asOf)))
		require.NoError(t, err, asOf)
	}
}

func TestCalendarRelief(t *testing.T) {
	h := readHistory(t, "history-fife.json")
	as := "2026-11-26"
	with := one(t, calendarOf(t, h, as, Options{}), "s8-prepare-plan", "the 2020-2023 plan prepared")
	if with.Status != Met || with.Relief == nil || with.Limits[0].Date.String() != "2020-09-30" {
		t.Errorf("with the relief: %s", with.Describe(period.MustParseDate(as)))
	}
	if !strings.Contains(with.Describe(period.MustParseDate(as)), "Coronavirus (Scotland) Act 2020") {
		t.Errorf("the relief's citation is not shown: %s", with.Describe(period.MustParseDate(as)))
	}
	h.Reliefs = nil
	without := one(t, calendarOf(t, h, as, Options{}), "s8-prepare-plan", "the 2020-2023 plan prepared")
	if without.Status != Late || without.Severity != part3.Statutory || without.Relief != nil {
		t.Errorf("without the relief: %s", without.Describe(period.MustParseDate(as)))
	}
	// A relief given in the judgement context works as one in the history.
	opt := judgement.Relief{Duty: "s8-prepare-plan", PlanPeriod: period.MustParsePlanPeriod("2020-2023"),
		Until: period.MustParseDate("2020-09-30"), Citation: part3.Legislation("Coronavirus (Scotland) Act 2020", "")}
	viaOpts := one(t, calendarOf(t, h, as, Options{Reliefs: []judgement.Relief{opt}}), "s8-prepare-plan", "the 2020-2023 plan prepared")
	if viaOpts.Status != Met {
		t.Errorf("relief via options: %s", viaOpts.Describe(period.MustParseDate(as)))
	}
	// The relieved limit is named as the caller's relief, never as the
	// deadline in law.
	msg := viaOpts.Describe(period.MustParseDate(as))
	if !strings.Contains(msg, "within 2020-09-30 (the relieved limit: relief to 2020-09-30, Coronavirus (Scotland) Act 2020)") ||
		strings.Contains(msg, "in law") || viaOpts.Limits[0].RelievedFrom.String() != "2020-03-31" {
		t.Errorf("relieved limit: %s (%+v)", msg, viaOpts.Limits)
	}
	// Without relief, the statutory limit is named as guidance para 101's
	// reading of s.8(1).
	if msg := without.Describe(period.MustParseDate(as)); !strings.Contains(msg, "2020-03-31 (the day before the period starts: s.8(1) as guidance para 101 reads it)") {
		t.Errorf("unrelieved limit: %s", msg)
	}
	// A relief that ends before the limit changes nothing and is not shown.
	early := opt
	early.Until = period.MustParseDate("2020-03-01")
	noop := one(t, calendarOf(t, h, as, Options{Reliefs: []judgement.Relief{early}}), "s8-prepare-plan", "the 2020-2023 plan prepared")
	if noop.Relief != nil || strings.Contains(noop.Describe(period.MustParseDate(as)), "relief") || noop.Limits[0].RelievedFrom.IsValid() {
		t.Errorf("a relief that changes nothing is shown: %s", noop.Describe(period.MustParseDate(as)))
	}
	// A relief for another period does not apply.
	opt.PlanPeriod = period.MustParsePlanPeriod("2023-2026")
	other := one(t, calendarOf(t, h, as, Options{Reliefs: []judgement.Relief{opt}}), "s8-prepare-plan", "the 2020-2023 plan prepared")
	if other.Status != Late {
		t.Errorf("a relief for 2023-2026 changed the 2020-2023 plan: %s", other.Describe(period.MustParseDate(as)))
	}

	// A relief from the s.13(1) limits names a reporting period and moves
	// the limits of that period's report only. The 2021-2022 report was
	// published on 2022-08-31, past the guidance's end-of-June target; the
	// 2022-2023 report, here published on 2023-08-31, is past its own
	// target and not relieved. A relief to 2022-09-30 moves the 2021-2022
	// target to that day, and leaves the module's default (2022-09-30)
	// and the outer bound (2023-03-31), not before it, where they were.
	h.Reports = slices.Clone(h.Reports)
	h.Reports[5].Published = period.MustParseDate("2023-08-31")
	report := judgement.Relief{Duty: "s13-annual-report", ReportingPeriod: period.MustParseReportingPeriod("2021-2022"),
		Until: period.MustParseDate("2022-09-30"), Citation: part3.Legislation("Coronavirus (Scotland) Act 2020", "")}
	for _, tt := range []struct {
		reliefs    []judgement.Relief
		subject    string
		wantStatus Status
		wantFrom   string // the target's date before the relief moved it
	}{
		{nil, "the 2021-2022 annual report published", Late, ""},
		{[]judgement.Relief{report}, "the 2021-2022 annual report published", Met, "2022-06-30"},
		{[]judgement.Relief{report}, "the 2022-2023 annual report published", Late, ""},
	} {
		o := one(t, calendarOf(t, h, as, Options{Reliefs: tt.reliefs}), "s13-annual-report", tt.subject)
		require.Len(t, o.Limits, 3, tt.subject)
		i := slices.IndexFunc(o.Limits, func(l Limit) bool { return l.Basis == BasisGuidance })
		require.GreaterOrEqual(t, i, 0, tt.subject)
		if o.Status != tt.wantStatus || o.Limits[i].RelievedFrom.String() != tt.wantFrom || (o.Relief != nil) != (tt.wantFrom != "") {
			t.Errorf("%s with %d reliefs: %s (limits %+v)", tt.subject, len(tt.reliefs), o.Describe(period.MustParseDate(as)), o.Limits)
		}
		for _, l := range o.Limits {
			if l.Basis != BasisGuidance && l.RelievedFrom.IsValid() {
				t.Errorf("%s: a limit not before the relief's last day moved: %+v", tt.subject, l)
			}
		}
	}
}

func TestCalendarRevisionRestartsDistribution(t *testing.T) {
	c := calendarOf(t, readHistory(t, "history-fife.json"), "2026-11-26", Options{})
	var rev []Obligation
	for _, o := range c.Obligations {
		if o.Revision == 1 {
			rev = append(rev, o)
		}
	}
	// Guidance para 119: the revised plan must be sent to the Ministers and
	// each other service provider, and published.
	require.Len(t, rev, 3)
	for _, o := range rev {
		if o.Arises.String() != "2021-11-30" || o.PlanPeriod.String() != "2020-2023" {
			t.Errorf("revision obligation %s arises %s", o.Subject(), o.Arises)
		}
	}
	m := one(t, c, "s10-copy-to-ministers", "the 2020-2023 plan (revision 1) sent to the Scottish Ministers")
	if m.Status != Met || m.HistoryPath() != "/plans/1/revisions/0/sent_to_ministers" {
		t.Errorf("revised plan to the Ministers: %s at %s", m.Describe(c.AsOf), m.HistoryPath())
	}
	// None was sent by the end of the plan's period, 2023-03-31: that is
	// late against the outer bound, a breach of s.10(7)(a)(ii).
	p := one(t, c, "s10-copy-to-other-service-providers", "the 2020-2023 plan (revision 1) sent to each other service provider")
	if p.Status != Late || p.Severity != part3.Statutory || len(p.Recipients) != 6 ||
		p.HistoryPath() != "/plans/1/revisions/0/sent_to_other_service_providers" {
		t.Errorf("revised plan to the other service providers: %s at %s", p.Describe(c.AsOf), p.HistoryPath())
	}
	var paths []string
	for _, f := range c.Findings().WithRule(RuleCopyToOtherServiceProvidersID) {
		if strings.HasPrefix(f.Path, "/plans/1/revisions/0/") {
			paths = append(paths, f.Path)
		}
	}
	if len(paths) != 6 || paths[2] != "/plans/1/revisions/0/sent_to_other_service_providers/police-scotland" {
		t.Errorf("findings for the late copies: %q", paths)
	}
}

// TestCalendarEveryRevisionDistributed: each revised plan must be sent to
// the Ministers and each other service provider, and published, as a new
// plan (guidance para 119), however many times the plan is revised.
func TestCalendarEveryRevisionDistributed(t *testing.T) {
	revised := []string{"2017-09-01", "2018-01-15", "2018-06-01", "2018-11-01", "2019-03-01"}
	h := History{Kind: HistoryKind, Council: service.MustLookupCouncil("Angus"), Plans: []PlanRecord{{
		Period: period.MustParsePlanPeriod("2017-2020"), Prepared: period.MustParseDate("2017-03-20"),
		Distribution: Distribution{SentToMinisters: period.MustParseDate("2017-03-27")},
	}}}
	for _, d := range revised {
		day := period.MustParseDate(d)
		h.Plans[0].Revisions = append(h.Plans[0].Revisions, Revision{Revised: day, Distribution: Distribution{SentToMinisters: day.AddDays(7)}})
	}
	require.NoError(t, h.Validate())
	c := calendarOf(t, h, "2019-06-01", Options{})
	for k, d := range revised {
		subject := fmt.Sprintf("the 2017-2020 plan (revision %d)", k+1)
		m := one(t, c, "s10-copy-to-ministers", subject+" sent to the Scottish Ministers")
		if m.Arises.String() != d || m.Status != Met || m.HistoryPath() != fmt.Sprintf("/plans/0/revisions/%d/sent_to_ministers", k) {
			t.Errorf("%s arises %s at %s: %s", subject, m.Arises, m.HistoryPath(), m.Describe(c.AsOf))
		}
		if o := one(t, c, "s10-copy-to-other-service-providers", subject+" sent to each other service provider"); o.Arises.String() != d || len(o.Recipients) != 6 {
			t.Errorf("%s: copies to %d other service providers from %s", subject, len(o.Recipients), o.Arises)
		}
		if o := one(t, c, "s10-publish-plan", subject+" published"); o.Arises.String() != d {
			t.Errorf("%s: publication arises %s", subject, o.Arises)
		}
	}
}

func TestCalendarRecipients(t *testing.T) {
	h := readHistory(t, "rules/copies-met.json")
	// Two copies sent, one late, the rest not sent.
	h.Plans[0].SentToOtherServiceProviders = map[string]period.Date{
		"police-scotland":    period.MustParseDate("2023-04-01"),
		"principal-reporter": period.MustParseDate("2023-05-01"),
	}
	tests := []struct {
		asOf       string
		wantStatus Status
		want       map[string]Status
	}{
		{"2023-04-10", Due, map[string]Status{"police-scotland": Met, "principal-reporter": Due, "integration-joint-board": Due}},
		{"2023-05-02", Late, map[string]Status{"police-scotland": Met, "principal-reporter": Late, "integration-joint-board": Late}},
	}
	for _, tt := range tests {
		t.Run(tt.asOf, func(t *testing.T) {
			c := calendarOf(t, h, tt.asOf, Options{})
			o := one(t, c, "s10-copy-to-other-service-providers", "the 2023-2026 plan sent to each other service provider")
			if o.Status != tt.wantStatus || o.Done.IsValid() {
				t.Errorf("status %s done %s, want %s and not done", o.Status, o.Done, tt.wantStatus)
			}
			got := map[string]Status{}
			for _, r := range o.Recipients {
				if _, ok := tt.want[r.ID]; ok {
					got[r.ID] = r.Status
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("recipients (-want +got):\n%s\n%s", diff, o.Describe(c.AsOf))
			}
		})
	}
	all := readHistory(t, "rules/copies-met.json")
	o := one(t, calendarOf(t, all, "2024-11-26", Options{}), "s10-copy-to-other-service-providers", "the 2023-2026 plan sent to each other service provider")
	if o.Status != Met || o.Done.String() != "2023-04-17" || !strings.Contains(o.Describe(period.MustParseDate("2024-11-26")), "the last of 6 copies") {
		t.Errorf("all copies sent: %s", o.Describe(period.MustParseDate("2024-11-26")))
	}
}

func TestCalendarPolicy(t *testing.T) {
	h := readHistory(t, "rules/copies-late.json") // sent 71 days after preparation
	late := one(t, calendarOf(t, h, "2024-11-26", Options{}), "s10-copy-to-ministers", "the 2023-2026 plan sent to the Scottish Ministers")
	if late.Status != Late || late.Severity != part3.Practice {
		t.Errorf("default policy: %s", late.Describe(period.MustParseDate("2024-11-26")))
	}
	lenient := calendarOf(t, h, "2024-11-26", Options{Policy: judgement.Policy{CopyDays: 90}})
	if o := one(t, lenient, "s10-copy-to-ministers", "the 2023-2026 plan sent to the Scottish Ministers"); o.Status != Met {
		t.Errorf("90-day policy: %s", o.Describe(lenient.AsOf))
	}
	// The calendar reports the context's own Policy: the partnership's
	// 90 days for copies, and the module's default for reports.
	if lenient.Policy != (judgement.Policy{CopyDays: 90}) || lenient.Policy.Copy() != (judgement.Limit{Days: 90, Set: true, Own: true}) ||
		lenient.Policy.Report() != (judgement.Limit{Days: judgement.DefaultReportDays, Set: true}) {
		t.Errorf("policy reported: %+v", lenient.Policy)
	}
	// The zero Policy means the module's defaults: the calendar reports
	// it as it was given, and its limits are the defaults.
	def := calendarOf(t, h, "2024-11-26", Options{}).Policy
	if def != (judgement.Policy{}) || def.Copy() != (judgement.Limit{Days: judgement.DefaultCopyDays, Set: true}) ||
		def.Report() != (judgement.Limit{Days: judgement.DefaultReportDays, Set: true}) {
		t.Errorf("the zero Policy applied as %+v (copy %v, report %v), want the defaults", def, def.Copy(), def.Report())
	}
	none := calendarOf(t, h, "2024-11-26", Options{Policy: judgement.Policy{CopyDays: -1, ReportDays: -1}})
	for _, o := range none.Obligations {
		if o.Status == Late && o.Severity == part3.Practice {
			t.Errorf("with no policy limits, %s is late at practice severity", o.Describe(none.AsOf))
		}
	}
}

func TestCalendarSection60(t *testing.T) {
	c := calendarOf(t, History{Council: service.MustLookupCouncil("Fife")}, "2027-11-26", Options{Section60: period.MustParseDate("2027-04-01")})
	before := one(t, c, "s13-annual-report", "the 2025-2026 annual report published")
	after := one(t, c, "s13-annual-report", "the 2026-2027 annual report published")
	if len(before.OwedBy) != 2 || len(after.OwedBy) != 3 || after.OwedBy[2] != "Fife Integration Joint Board" {
		t.Errorf("owed by: before s60 %v, after %v", before.OwedBy, after.OwedBy)
	}
	if len(c.JointPlanners) != 3 {
		t.Errorf("joint planners on %s: %v", c.AsOf, c.JointPlanners)
	}
	// The 2029-2032 plan was owed by 2029-03-31: with section 60 in force
	// from 2029-04-01, the first day of the period, the board was not yet
	// bound by that deadline; from 2029-03-31 it was.
	for _, tt := range []struct {
		s60  string
		want []string
	}{
		{"2029-04-01", []string{"Fife Council", "NHS Fife"}},
		{"2029-03-31", []string{"Fife Council", "NHS Fife", "Fife Integration Joint Board"}},
	} {
		late := calendarOf(t, History{Council: service.MustLookupCouncil("Fife")}, "2029-11-26", Options{Section60: period.MustParseDate(tt.s60)})
		if diff := cmp.Diff(tt.want, one(t, late, "s8-prepare-plan", "the 2029-2032 plan prepared").OwedBy); diff != "" {
			t.Errorf("section 60 from %s: owed by (-want +got)\n%s", tt.s60, diff)
		}
	}
	if !strings.Contains(c.Law.String(), "in force from 2027-04-01") {
		t.Errorf("law version: %s", c.Law)
	}
}

// TestCalendarInfersPreparation: a plan whose preparation is not recorded
// is taken to have been prepared by the earliest day it was sent or
// published, whichever record that is.
func TestCalendarInfersPreparation(t *testing.T) {
	tests := []struct {
		name string
		d    Distribution
		want string
	}{
		{"published only", Distribution{Published: period.MustParseDate("2023-03-30")}, "2023-03-30"},
		{"a copy to an other service provider first", Distribution{
			SentToMinisters: period.MustParseDate("2023-03-29"), Published: period.MustParseDate("2023-03-30"),
			SentToOtherServiceProviders: map[string]period.Date{
				"police-scotland": period.MustParseDate("2023-03-31"), "principal-reporter": period.MustParseDate("2023-03-27"),
			}}, "2023-03-27"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := History{Council: service.MustLookupCouncil("Angus"), Plans: []PlanRecord{{
				Period: period.MustParsePlanPeriod("2023-2026"), Distribution: tt.d,
			}}}
			c := calendarOf(t, h, "2024-11-26", Options{})
			o := one(t, c, "s8-prepare-plan", "the 2023-2026 plan prepared")
			if o.Status != Met || o.Done.String() != tt.want || o.Note == "" {
				t.Errorf("inferred preparation: %+v", o)
			}
		})
	}
}

// TestCalendarReviewWindowAgreesWithPeriod: the calendar's review window
// is period's for the same year of submission: the year the period starts
// when no copy to the Ministers is recorded.
func TestCalendarReviewWindowAgreesWithPeriod(t *testing.T) {
	c := calendarOf(t, History{Council: service.MustLookupCouncil("Angus")}, "2026-11-26", Options{})
	n := 0
	for _, o := range c.Obligations {
		if o.Duty != reviewWindowID {
			continue
		}
		n++
		opens, closes := o.PlanPeriod.ReviewWindow()
		if o.Arises != opens.Date || o.Until != closes.Date {
			t.Errorf("%s: calendar %s to %s, period %s to %s", o.PlanPeriod, o.Arises, o.Until, opens.Date, closes.Date)
		}
	}
	require.Equal(t, 4, n) // 2020-2023 to 2029-2032
}

func TestCalendarReviewWindowYear(t *testing.T) {
	h := History{Council: service.MustLookupCouncil("Angus"), Plans: []PlanRecord{{
		Period:       period.MustParsePlanPeriod("2020-2023"),
		Prepared:     period.MustParseDate("2021-02-01"),
		Distribution: Distribution{SentToMinisters: period.MustParseDate("2021-02-10")},
	}}}
	w := one(t, calendarOf(t, h, "2021-11-26", Options{}), reviewWindowID, "the review of the 2020-2023 plans")
	if w.Arises.String() != "2021-04-01" || w.Until.String() != "2021-10-31" {
		t.Errorf("review window of a plan submitted in 2021: %s to %s", w.Arises, w.Until)
	}
}

func TestNewCalendarErrors(t *testing.T) {
	angus := service.MustLookupCouncil("Angus")
	fife := service.MustLookupCouncil("Fife")
	as := period.MustParseDate("2024-11-26")
	h := readHistory(t, "rules/copies-met.json")
	tests := []struct {
		name     string
		council  service.Council
		asOf     period.Date
		h        History
		opts     Options
		wantPath string
		wantCat  error
	}{
		{"no council", service.Council{}, as, h, Options{}, "/council", part3.ErrMissing},
		// A context without its as-of date is refused, as
		// judgement.Context.Validate refuses it.
		{"no date", angus, period.Date{}, h, Options{}, "/as_of", part3.ErrMissing},
		{"another council's history", service.MustLookupCouncil("Fife"), as, h, Options{}, "/council", part3.ErrInvalidValue},
		{"a copy to a provider not on the register", angus, as, func() History {
			h := readHistory(t, "rules/copies-met.json")
			h.Plans[0].SentToOtherServiceProviders["scottish-court-service"] = period.MustParseDate("2023-04-01")
			return h
		}(), Options{}, "/plans/0/sent_to_other_service_providers/scottish-court-service", part3.ErrInvalidValue},
		{"a recipient by name, not register ID", angus, as, func() History {
			h := readHistory(t, "rules/copies-met.json")
			h.Plans[0].SentToOtherServiceProviders["Police Scotland"] = period.MustParseDate("2023-04-01")
			return h
		}(), Options{}, "/plans/0/sent_to_other_service_providers/Police Scotland", part3.ErrInvalidValue},
		// The 2026 Act was enacted on 2026-05-15: no section of it can
		// have come into force before.
		{"section 60 in force before the 2026 Act", angus, as, h, Options{Section60: period.MustParseDate("2026-04-01")}, "/act_2026_s60_commencement", part3.ErrInvalidValue},
		{"an incomplete relief", angus, as, h, Options{Reliefs: []judgement.Relief{{Duty: "s8-prepare-plan"}}}, "/reliefs/0/plan_period", part3.ErrMissing},
		// A history built in code is checked as a decoded one is, but for
		// its kind and council, which it may leave unset.
		{"a plan period recorded twice", angus, as, func() History {
			h := readHistory(t, "rules/copies-met.json")
			h.Kind, h.Council = "", service.Council{}
			h.Plans = append(h.Plans, h.Plans[0])
			return h
		}(), Options{}, "/plans/1/period", part3.ErrDuplicateID},
		{"a report published before its period began", angus, as, History{Reports: []ReportRecord{{
			Period: period.MustParseReportingPeriod("2023-2024"), Published: period.MustParseDate("2023-03-01"),
		}}}, Options{}, "/reports/0/published", part3.ErrInvalidValue},
		{"a copy sent before the plan was prepared", angus, as, func() History {
			h := readHistory(t, "rules/copies-met.json")
			h.Kind = ""
			h.Plans[0].SentToMinisters = h.Plans[0].Prepared.AddDays(-1)
			return h
		}(), Options{}, "/plans/0/sent_to_ministers", part3.ErrInvalidValue},
		// A revised plan's copies are checked as the plan's are (para 119).
		{"a copy of a revised plan to a provider not on the register", fife, as, func() History {
			h := readHistory(t, "history-fife.json")
			h.Plans[1].Revisions[0].SentToOtherServiceProviders = map[string]period.Date{"scottish-court-service": period.MustParseDate("2021-12-06")}
			return h
		}(), Options{}, "/plans/1/revisions/0/sent_to_other_service_providers/scottish-court-service", part3.ErrInvalidValue},
		// So are copies the calendar does not list: a revision after its
		// date, and a revision of a plan for a period after the next one.
		{"a copy of a plan revised after the calendar's date", fife, period.MustParseDate("2021-06-01"), History{Kind: HistoryKind, Council: fife, Plans: []PlanRecord{{
			Period: period.MustParsePlanPeriod("2020-2023"), Prepared: period.MustParseDate("2020-06-30"),
			Revisions: []Revision{{Revised: period.MustParseDate("2021-11-30"), Distribution: Distribution{
				SentToOtherServiceProviders: map[string]period.Date{"scottish-court-service": period.MustParseDate("2021-12-06")}}}},
		}}}, Options{}, "/plans/0/revisions/0/sent_to_other_service_providers/scottish-court-service", part3.ErrInvalidValue},
		{"a copy of a revised plan for a later period", fife, as, History{Kind: HistoryKind, Council: fife, Plans: []PlanRecord{{
			Period: period.MustParsePlanPeriod("2032-2035"), Prepared: period.MustParseDate("2032-03-01"),
			Revisions: []Revision{{Revised: period.MustParseDate("2033-01-10"), Distribution: Distribution{
				SentToOtherServiceProviders: map[string]period.Date{"scottish-court-service": period.MustParseDate("2033-01-12")}}}},
		}}}, Options{}, "/plans/0/revisions/0/sent_to_other_service_providers/scottish-court-service", part3.ErrInvalidValue},
		// A key misspelt the same way in every record is still refused, at
		// its first occurrence.
		{"a recipient misspelt in every plan record", angus, period.MustParseDate("2019-06-01"), History{Kind: HistoryKind, Council: angus, Plans: []PlanRecord{
			{Period: period.MustParsePlanPeriod("2017-2020"), Prepared: period.MustParseDate("2017-03-20"), Distribution: Distribution{
				SentToOtherServiceProviders: map[string]period.Date{"police": period.MustParseDate("2017-03-30")}}},
			{Period: period.MustParsePlanPeriod("2020-2023"), Prepared: period.MustParseDate("2020-03-20"), Distribution: Distribution{
				SentToOtherServiceProviders: map[string]period.Date{"police": period.MustParseDate("2020-03-30")}}},
		}}, Options{}, "/plans/0/sent_to_other_service_providers/police", part3.ErrInvalidValue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.h.Kind != "" {
				require.NoError(t, tt.h.Validate(), "the history is a valid document")
			}
			_, err := NewCalendar(tt.council, tt.h, tt.opts.ctx(tt.asOf))
			var ie *part3.InputError
			require.True(t, errors.As(err, &ie), "error %v", err)
			if ie.Path != tt.wantPath || !errors.Is(err, tt.wantCat) {
				t.Errorf("got %v at %q, want %v at %q", err, ie.Path, tt.wantCat, tt.wantPath)
			}
		})
	}
	h.Plans[0].SentToOtherServiceProviders["scottish-court-service"] = period.MustParseDate("2023-04-01")
	_, err := NewCalendar(angus, h, judgement.New(as))
	var re *RecipientError
	if !errors.As(err, &re) || re.ID != "scottish-court-service" {
		t.Errorf("error %v is not a RecipientError", err)
	}
}

func TestCalendarOrder(t *testing.T) {
	c := calendarOf(t, readHistory(t, "history-fife.json"), "2026-11-26", Options{})
	// A plan's own deadline comes before its copies.
	var got []string
	for _, o := range c.Obligations[:3] {
		got = append(got, o.Duty)
	}
	if diff := cmp.Diff([]string{"s8-prepare-plan", "s10-copy-to-ministers", "s10-copy-to-other-service-providers"}, got); diff != "" {
		t.Errorf("first obligations (-want +got):\n%s", diff)
	}
	// Reports, plans and revisions in date order.
	var seq []string
	for _, o := range c.Obligations {
		switch {
		case o.Duty == "s8-prepare-plan":
			seq = append(seq, "plan "+o.PlanPeriod.String())
		case o.Duty == "s13-annual-report":
			seq = append(seq, "report "+o.ReportingPeriod.String())
		case o.Duty == "s10-copy-to-ministers" && o.Revision > 0:
			seq = append(seq, "revision "+o.Arises.String())
		}
	}
	want := []string{"plan 2017-2020", "report 2017-2018", "report 2018-2019", "plan 2020-2023", "report 2019-2020",
		"report 2020-2021", "revision 2021-11-30", "report 2021-2022", "plan 2023-2026", "report 2022-2023",
		"report 2023-2024", "report 2024-2025", "plan 2026-2029", "report 2025-2026", "report 2026-2027", "plan 2029-2032"}
	if diff := cmp.Diff(want, seq); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
	outstanding := c.Outstanding()
	for _, o := range outstanding {
		if o.Done.IsValid() || o.Kind != Deadline || o.Status == NotRecorded {
			t.Errorf("outstanding: %+v", o)
		}
	}
	// The 2025-2026 report is recorded, unpublished; the 2029-2032 plan is
	// not recorded, and so not known to be undone.
	if !slices.ContainsFunc(outstanding, func(o Obligation) bool { return o.ReportingPeriod.String() == "2025-2026" }) ||
		slices.ContainsFunc(outstanding, func(o Obligation) bool { return o.PlanPeriod.String() == "2029-2032" }) {
		t.Errorf("outstanding: %v", outstanding)
	}
}

func TestCalendarIgnoresWhatIsAfterItsDate(t *testing.T) {
	h := readHistory(t, "history-fife.json")
	c := calendarOf(t, h, "2026-03-28", Options{})
	// Prepared on 2026-03-25, sent to the Ministers on 2026-03-31: on
	// 2026-03-28 the copy is still due, and nothing about 2026-2027 exists.
	if o := one(t, c, "s8-prepare-plan", "the 2026-2029 plan prepared"); o.Status != Met {
		t.Errorf("prepared: %s", o.Describe(c.AsOf))
	}
	if o := one(t, c, "s10-copy-to-ministers", "the 2026-2029 plan sent to the Scottish Ministers"); o.Status != Due || o.Done.IsValid() {
		t.Errorf("sent after the date: %s", o.Describe(c.AsOf))
	}
	if n := len(find(c, "s13-annual-report", "the 2025-2026 annual report published")); n != 1 {
		t.Errorf("the current reporting period's report: %d items", n)
	}
	// The 2021 revision does not exist yet on 2021-06-01.
	early := calendarOf(t, h, "2021-06-01", Options{})
	for _, o := range early.Obligations {
		if o.Revision > 0 {
			t.Errorf("a revision made on 2021-11-30 appears on 2021-06-01: %s", o.Subject())
		}
	}
}

func TestCalendarRegisterChange(t *testing.T) {
	// An order under s.7(5) adds an other service provider from 2027-01-01.
	order := Options{RegisterChanges: []service.RegisterChange{{
		Action: service.ActionAdd, Effective: period.MustParseDate("2027-01-01"),
		Entry: service.OtherServiceProvider{ID: "skills-development-scotland", Name: "Skills Development Scotland"},
	}}}
	h := History{Council: service.MustLookupCouncil("Angus"), Plans: []PlanRecord{{
		Period:   period.MustParsePlanPeriod("2029-2032"),
		Prepared: period.MustParseDate("2029-03-01"),
		Distribution: Distribution{SentToOtherServiceProviders: map[string]period.Date{
			"skills-development-scotland": period.MustParseDate("2029-03-05"),
		}},
	}}}
	c, err := NewCalendar(h.Council, h, order.ctx(period.MustParseDate("2029-06-01")))
	require.NoError(t, err)
	o := one(t, c, "s10-copy-to-other-service-providers", "the 2029-2032 plan sent to each other service provider")
	require.Len(t, o.Recipients, 7)
	if last := o.Recipients[6]; last.ID != "skills-development-scotland" || last.Status != Met {
		t.Errorf("the provider added by order: %+v", last)
	}
	// The 2026-2029 plan, prepared before the order, is owed to six.
	old := one(t, c, "s10-copy-to-other-service-providers", "the 2026-2029 plan sent to each other service provider")
	if len(old.Recipients) != 6 {
		t.Errorf("before the order: %d recipients", len(old.Recipients))
	}
	// A copy recorded as sent to it before the order took effect is bad input.
	h.Plans = append(h.Plans, PlanRecord{
		Period:   period.MustParsePlanPeriod("2026-2029"),
		Prepared: period.MustParseDate("2026-03-01"),
		Distribution: Distribution{SentToOtherServiceProviders: map[string]period.Date{
			"skills-development-scotland": period.MustParseDate("2026-03-05"),
		}},
	})
	_, err = NewCalendar(h.Council, h, order.ctx(period.MustParseDate("2029-06-01")))
	var re *RecipientError
	if !errors.As(err, &re) || re.ID != "skills-development-scotland" {
		t.Errorf("a copy sent before the provider was on the register: %v", err)
	}
}

// TestCalendarAreaRecipients: the copies of s.10(7)(a)(ii) go to the other
// service providers for the area: the five national ones and the area's
// own integration joint board, none for Highland, none once section 60 of
// the 2026 Act is in force.
func TestCalendarAreaRecipients(t *testing.T) {
	sent := period.MustParseDate("2023-03-29")
	nationalOn := func(sent period.Date) map[string]period.Date {
		return map[string]period.Date{
			"police-scotland": sent, "scottish-fire-and-rescue-service": sent, "principal-reporter": sent,
			"national-convener-childrens-hearings-scotland": sent, "scottish-courts-and-tribunals-service": sent,
		}
	}
	national := nationalOn(sent)
	with := func(extra map[string]period.Date) map[string]period.Date {
		m := map[string]period.Date{}
		for k, v := range national {
			m[k] = v
		}
		for k, v := range extra {
			m[k] = v
		}
		return m
	}
	// planIn is a history of the council's plan for period pp, prepared ten
	// days before the period starts, with the copies given.
	planIn := func(council, pp string, copies map[string]period.Date) History {
		p := period.MustParsePlanPeriod(pp)
		return History{Council: service.MustLookupCouncil(council), Plans: []PlanRecord{{
			Period: p, Prepared: p.Start().AddDays(-10),
			Distribution: Distribution{SentToOtherServiceProviders: copies},
		}}}
	}
	history := func(council string, copies map[string]period.Date) History {
		return planIn(council, "2023-2026", copies) // prepared on 2023-03-22
	}
	// Section 60 cannot be in force before the 2026 Act was enacted on
	// 2026-05-15, so the plan prepared under it is a later one: the
	// 2029-2032 plan, prepared on 2029-03-22 with section 60 in force from
	// 2027-04-01 and its copies sent a week later.
	commenced := Options{Section60: period.MustParseDate("2027-04-01")}
	tests := []struct {
		name       string
		h          History
		asOf       string
		opts       Options
		wantStatus Status
		wantNames  []string
		wantPath   string // of a late copy's finding, if any
	}{
		{"Highland: the five national providers", history("Highland", national), "2024-11-26", Options{}, Met, nil, ""},
		{"Fife: its board too", history("Fife", national), "2024-11-26", Options{}, Late, []string{"Fife Integration Joint Board"},
			"/plans/0/sent_to_other_service_providers/integration-joint-board"},
		{"Fife: its board by GSS code", history("Fife", with(map[string]period.Date{"S37000032": sent})), "2024-11-26", Options{}, Met, nil, ""},
		{"Fife: its board by its old code", history("Fife", with(map[string]period.Date{"S37000014": sent})), "2024-11-26", Options{}, Met, nil, ""},
		// A late copy recorded under the board's GSS code is found at that
		// key, the one the history used.
		{"Fife: its board by GSS code, sent late", history("Fife", with(map[string]period.Date{"S37000032": period.MustParseDate("2023-05-01")})),
			"2024-11-26", Options{}, Late, []string{"Fife Integration Joint Board"}, "/plans/0/sent_to_other_service_providers/S37000032"},
		{"Fife with section 60 in force: no copy to its own board", planIn("Fife", "2029-2032", nationalOn(period.MustParseDate("2029-03-29"))),
			"2030-11-26", commenced, Met, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := calendarOf(t, tt.h, tt.asOf, tt.opts)
			o := one(t, c, "s10-copy-to-other-service-providers", "the "+tt.h.Plans[0].Period.String()+" plan sent to each other service provider")
			if o.Status != tt.wantStatus {
				t.Errorf("status %s, want %s: %s", o.Status, tt.wantStatus, o.Describe(c.AsOf))
			}
			var late []string
			for _, r := range o.Recipients {
				if r.Status == Late {
					late = append(late, r.Name())
				}
			}
			if diff := cmp.Diff(tt.wantNames, late); diff != "" {
				t.Errorf("late copies (-want +got):\n%s", diff)
			}
			if tt.wantPath != "" {
				fs := c.Findings().WithRule(RuleCopyToOtherServiceProvidersWithinPolicyID)
				require.Len(t, fs, 1)
				require.Equal(t, tt.wantPath, fs[0].Path)
			}
		})
	}

	bad := []struct {
		name       string
		h          History
		wantPath   string
		wantCat    error
		wantReason string
	}{
		{"Highland has no board", history("Highland", with(map[string]period.Date{"integration-joint-board": sent})),
			"/plans/0/sent_to_other_service_providers/integration-joint-board", part3.ErrInvalidValue, "Highland has no integration joint board"},
		{"another area's board", history("Fife", with(map[string]period.Date{"S37000003": sent})),
			"/plans/0/sent_to_other_service_providers/S37000003", part3.ErrInvalidValue, "Angus Integration Joint Board, not the board of Fife"},
		{"the board under two keys", history("Fife", with(map[string]period.Date{"integration-joint-board": sent, "S37000032": sent})),
			"/plans/0/sent_to_other_service_providers/integration-joint-board", part3.ErrDuplicateID, "both"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewCalendar(tt.h.Council, tt.h, judgement.New(period.MustParseDate("2024-11-26")))
			var ie *part3.InputError
			require.True(t, errors.As(err, &ie), "error %v", err)
			if ie.Path != tt.wantPath || !errors.Is(err, tt.wantCat) || !strings.Contains(err.Error(), tt.wantReason) {
				t.Errorf("got %v at %q, want %v at %q saying %q", err, ie.Path, tt.wantCat, tt.wantPath, tt.wantReason)
			}
		})
	}
}

// TestCalendarReportBeforePeriodEnded: a report published before its
// one-year period ended is lawful input, but not the report s.13(1)
// requires after the end of the period: a condition finding says so,
// naming no one (publishing early is no breach), and the obligation stays
// owed.
func TestCalendarReportBeforePeriodEnded(t *testing.T) {
	h := readHistory(t, "rules/report-before-period-end.json")
	tests := []struct {
		asOf       string
		wantStatus Status
		wantSev    part3.Severity
	}{
		{"2024-03-20", Due, 0},                // the period has not ended
		{"2024-05-01", Due, 0},                // ended, not yet past the June target
		{"2024-11-26", Late, part3.Guidance},  // past the June target and the module's default
		{"2025-11-26", Late, part3.Statutory}, // past the end of the next one-year period
	}
	for _, tt := range tests {
		t.Run(tt.asOf, func(t *testing.T) {
			c := calendarOf(t, h, tt.asOf, Options{})
			o := one(t, c, "s13-annual-report", "the 2023-2024 annual report published")
			if o.Status != tt.wantStatus || o.Severity != tt.wantSev || o.Done.IsValid() {
				t.Errorf("status %s %s done %s, want %s %s and not done", o.Status, o.Severity, o.Done, tt.wantStatus, tt.wantSev)
			}
			if d, ok := o.PublishedBeforePeriodEnded(); !ok || d.String() != "2024-03-15" {
				t.Errorf("PublishedBeforePeriodEnded = %s, %v", d, ok)
			}
			fs := c.Findings().WithRule(RuleReportAfterPeriodID)
			require.Len(t, fs, 1)
			if fs[0].Severity != part3.Condition || fs[0].By != nil || fs[0].Path != "/reports/0/published" ||
				!strings.Contains(fs[0].Message, "before the reporting period ended on 2024-03-31") {
				t.Errorf("finding: %v", fs[0])
			}
			if !strings.Contains(o.Note, "does not meet it") {
				t.Errorf("note: %q", o.Note)
			}
		})
	}
}

// TestCalendarFuturePeriodInHistory: a history that records a plan period
// far after the calendar's date does not list obligations up to it.
func TestCalendarFuturePeriodInHistory(t *testing.T) {
	fife := service.MustLookupCouncil("Fife")
	base := calendarOf(t, History{Council: fife}, "2026-11-26", Options{})
	h := History{Kind: HistoryKind, Council: fife, Plans: []PlanRecord{{Period: period.MustParsePlanPeriod("9994-9997"), Prepared: period.MustParseDate("9994-03-01"),
		Distribution: Distribution{SentToOtherServiceProviders: map[string]period.Date{"police-scotland": period.MustParseDate("9994-03-02")}}}},
		Reports: []ReportRecord{{Period: period.MustParseReportingPeriod("9995-9996")}}}
	require.NoError(t, h.Validate())
	c := calendarOf(t, h, "2026-11-26", Options{})
	if len(c.Obligations) != len(base.Obligations) {
		t.Errorf("%d obligations with a 9994-9997 plan in the history, %d without", len(c.Obligations), len(base.Obligations))
	}
	// Its copies are still checked against the register.
	h.Plans[0].SentToOtherServiceProviders["scottish-court-service"] = period.MustParseDate("9994-03-02")
	_, err := NewCalendar(fife, h, judgement.New(period.MustParseDate("2026-11-26")))
	var re *RecipientError
	require.True(t, errors.As(err, &re), "error %v", err)
}

// TestCalendarKindAndStatusText: the text forms of kinds and statuses
// round-trip; the zero value is ""; a value outside the defined ones does
// not marshal, and prints as its number.
func TestCalendarKindAndStatusText(t *testing.T) {
	kinds := []struct {
		k    Kind
		text string
	}{{0, ""}, {Deadline, "deadline"}, {Continuing, "continuing"}, {Information, "information"}, {Kind(4), "Kind(4)"}}
	for _, tt := range kinds {
		b, err := tt.k.MarshalText()
		switch {
		case tt.k.String() != tt.text:
			t.Errorf("Kind %d prints %q, want %q", uint8(tt.k), tt.k.String(), tt.text)
		case tt.k != 0 && !tt.k.IsValid():
			if err == nil {
				t.Errorf("Kind %d marshalled to %q", uint8(tt.k), b)
			}
		case err != nil || string(b) != tt.text:
			t.Errorf("Kind %d marshals to %q, %v, want %q", uint8(tt.k), b, err, tt.text)
		}
	}
	statuses := []struct {
		s    Status
		text string
	}{{0, ""}, {Met, "met"}, {Due, "due"}, {Late, "late"}, {Ongoing, "ongoing"}, {Info, "information"}, {NotRecorded, "not-recorded"}, {Status(7), "Status(7)"}}
	for _, tt := range statuses {
		b, err := tt.s.MarshalText()
		switch {
		case tt.s.String() != tt.text:
			t.Errorf("Status %d prints %q, want %q", uint8(tt.s), tt.s.String(), tt.text)
		case tt.s != 0 && !tt.s.IsValid():
			if err == nil {
				t.Errorf("Status %d marshalled to %q", uint8(tt.s), b)
			}
		case err != nil || string(b) != tt.text:
			t.Errorf("Status %d marshals to %q, %v, want %q", uint8(tt.s), b, err, tt.text)
		}
	}
	var k Kind
	var st Status
	for _, bad := range []string{"", "Deadline", "late "} {
		var ie *part3.InputError
		if err := k.UnmarshalText([]byte(bad)); !errors.As(err, &ie) || !errors.Is(err, part3.ErrInvalidValue) {
			t.Errorf("Kind from %q: %v", bad, err)
		}
		if err := st.UnmarshalText([]byte(bad)); !errors.As(err, &ie) || !errors.Is(err, part3.ErrInvalidValue) {
			t.Errorf("Status from %q: %v", bad, err)
		}
	}
}
