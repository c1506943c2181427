package report

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

func TestRuleBook(t *testing.T) {
	require.NoError(t, part3.CheckRuleBook(Rules()))
	// With package duty's rules, which Judge applies too, no ID is
	// repeated.
	require.NoError(t, part3.CheckRuleBook(append(Rules(), duty.Rules()...)))
	for _, r := range Rules() {
		if !strings.HasPrefix(r.ID, "report.") {
			t.Errorf("rule %s is not in package report", r.ID)
		}
		if r.Severity == part3.Guidance && !r.Citation.IsGuidance() {
			t.Errorf("guidance rule %s cites %s", r.ID, r.Citation)
		}
	}
	var tested []string
	for _, tt := range ruleCases {
		tested = append(tested, tt.rule.ID)
	}
	for _, r := range append(Rules(), dutyRule(duty.RuleReportAfterPeriodID), dutyRule(duty.RuleReportByEndOfJuneID), dutyRule(duty.RuleReportWithinPolicyID), dutyRule(duty.RulePublishAnnualReportID)) {
		if !slices.Contains(tested, r.ID) {
			t.Errorf("rule %s has no test case", r.ID)
		}
	}
}

// outcomeOrder prescribes one outcome for reports from 2023-2024, as an
// order under s.13(1)(b)(ii) might.
var outcomeOrder = Options{PrescribedOutcomes: []judgement.PrescribedOutcome{{
	ID: "PO1", Outcome: "School attendance of care experienced children", Order: part3.Legislation("SSI 2023/999", ""),
	From: period.MustParseReportingPeriod("2023-2024"),
}}}

// statedTime states that the time to publish the 2023-2024 report of the
// rules' partnership (Fife) ended on 2024-07-15.
var statedTime = Options{Facts: judgement.Facts{TimePassed: []judgement.TimePassed{{Duty: "s13-annual-report",
	Councils: []service.Council{service.MustLookupCouncil("Fife")}, ReportingPeriod: period.MustParseReportingPeriod("2023-2024"),
	By: period.MustParseDate("2024-07-15"), Source: "Decision of the Fife Chief Officers Group, 1 July 2024"}}}}

// fife are the joint planners of the reports in testdata/rules, the bodies
// in breach of section 13(1).
var fife = []string{"Fife Council", "NHS Fife"}

var ruleCases = []struct {
	name     string // a subtest name, when a rule has several cases
	rule     part3.Rule
	trigger  string // a report in testdata/rules that triggers the rule
	pass     string // a report that does not
	plan     string // the plan in testdata/rules both are checked against; "" for none
	passPlan string // the plan the passing report is checked against, if not plan
	opts     Options
	passOpts *Options // the options the passing report is judged with, if not opts
	path     string   // the path of the first finding
	message  string   // a part of the first finding's message; "" for any
	// by are the bodies in breach the first finding names: set for every
	// statutory rule, and nil for every other.
	by []string
}{
	{rule: rulePeriodWithinPlan, trigger: "period-within-plan", pass: "base", path: "/reporting_period",
		message: "not one of the one-year periods of the plan it names, 2023-2026 (2023-2024, 2024-2025 and 2025-2026)", by: fife},
	{name: "against the plan", rule: rulePeriodWithinPlan, trigger: "period-within-plan", pass: "base", plan: "plan", path: "/reporting_period",
		message: "not one of the one-year periods of the plan it names, 2023-2026", by: fife},
	{rule: rulePartnershipsPlan, trigger: "partnerships-plan", pass: "base", plan: "plan", path: "/partnership/councils",
		message: "The report is for Falkirk, which the plan it is checked against"},
	{rule: ruleProvisionExtent, trigger: "provision-extent", pass: "departure-ground-ok", path: "/provision/extent", by: fife},
	{rule: ruleAimsReported, trigger: "aims-reported", pass: "base", path: "/aims/integration", by: fife},
	{rule: rulePrescribedOutcomesReported, trigger: "base", pass: "prescribed-outcomes-reported", opts: outcomeOrder, path: "/prescribed_outcomes", by: fife},
	{rule: dutyRule(duty.RuleReportAfterPeriodID), trigger: "report-after-period", pass: "base", path: "/publication/published"},
	{rule: rulePublishedJointly, trigger: "published-jointly", pass: "base", path: "/publication/published_by", by: fife},
	{rule: rulePublisherOutsidePartnership, trigger: "publisher-outside-partnership", pass: "base", path: "/publication/published_by/2",
		message: "published by Falkirk Council, which is not a local authority, health board or integration joint board of the report's council areas (Fife)"},
	{rule: dutyRule(duty.RuleReportByEndOfJuneID), trigger: "report-by-end-of-june", pass: "base", path: "/publication/published",
		message: "published on 2024-08-01, 32 days past 2024-06-30 (the guidance's end-of-June target, guidance paras 125 and 129)"},
	{rule: dutyRule(duty.RuleReportWithinPolicyID), trigger: "base", pass: "base", opts: Options{Policy: judgement.Policy{ReportDays: 30}}, path: "/publication/published",
		message: "published on 2024-06-20, 51 days past 2024-04-30, the partnership's own limit of 30 days after the period ended on 2024-03-31"},
	{rule: dutyRule(duty.RulePublishAnnualReportID), trigger: "report-by-end-of-june", pass: "base", opts: statedTime, path: "/publication/published",
		message: "published on 2024-08-01, 17 days past 2024-07-15 (the last day by which it was practicable, as stated: Decision of the Fife Chief Officers Group, 1 July 2024)", by: fife},
	{name: "not published by the end of the next year", rule: dutyRule(duty.RulePublishAnnualReportID), trigger: "unpublished", pass: "unpublished", opts: Options{AsOf: period.MustParseDate("2025-04-01")}, passOpts: &Options{AsOf: period.MustParseDate("2025-03-31")},
		path: "/publication/published", message: "the engine's reading is that \"as soon as practicable\" never outlasts a whole further year", by: fife},
	{rule: ruleIndicatorValueForPeriod, trigger: "indicator-value-for-period", pass: "base", path: "/indicators/0/value"},
	{rule: rulePlanIndicatorsReported, trigger: "plan-indicators-reported", pass: "base", plan: "plan", path: "/indicators"},
	{rule: ruleIndicatorInPlan, trigger: "indicator-in-plan", pass: "base", plan: "plan", path: "/indicators/2/id",
		message: "Indicator I3 is not one of the plan's indicators (I1, I2)"},
	{rule: rulePlanChangesListed, trigger: "plan-changes-listed", pass: "base", path: "/plan_changes"},
	{name: "revised in the period", rule: rulePlanChangesListed, trigger: "base", pass: "plan-changes-listed-ok", plan: "plan-revised", path: "/no_plan_changes"},
	{rule: ruleDepartureGround, trigger: "departure-ground", pass: "departure-ground-ok", plan: "plan", path: "/provision/departures/0/ground"},
	{name: "notice from a local authority", rule: ruleDepartureGround, trigger: "departure-ground-notice-issuer", pass: "departure-ground-ok", path: "/provision/departures/0/notice/issuer"},
	{name: "notice about another provider's service", rule: ruleDepartureGround, trigger: "departure-ground-notice-service", pass: "departure-ground-ok", plan: "plan", path: "/provision/departures/0/notice/issuer"},
	{name: "notice after the period", rule: ruleDepartureGround, trigger: "departure-ground-notice-late", pass: "departure-ground-ok", path: "/provision/departures/0/notice/published"},
	{rule: ruleMeasurableDifference, trigger: "measurable-difference", pass: "base", path: "/difference_made",
		message: "describes the volume and frequency of service delivery (1 item) but no difference the plan has made"},
	{name: "not measured", rule: ruleMeasurableDifference, trigger: "measurable-difference-unmeasured", pass: "base", path: "/difference_made",
		message: "None of the differences the report describes is measured"},
	{rule: rulePlanVersion, trigger: "plan-version", pass: "base", plan: "plan", path: "/plan/version"},
}

// judgeFile validates testdata/rules/NAME.json, against testdata/rules/PLAN.json
// when plan is not "".
func judgeFile(t *testing.T, name, planName string, opts Options) Result {
	t.Helper()
	r := load(t, "rules/"+name+".json")
	if planName == "" {
		return judgeAlone(t, r, opts)
	}
	return judgeAgainst(t, r, loadPlan(t, "rules/"+planName+".json"), opts)
}

func TestRules(t *testing.T) {
	for _, tt := range ruleCases {
		name := tt.rule.ID
		if tt.name != "" {
			name += "/" + tt.name
		}
		t.Run(name, func(t *testing.T) {
			got := judgeFile(t, tt.trigger, tt.plan, tt.opts).Findings.WithRule(tt.rule.ID)
			if len(got) == 0 {
				t.Fatalf("rules/%s.json: no %s finding", tt.trigger, tt.rule.ID)
			}
			f := got[0]
			if f.Path != tt.path || f.Severity != tt.rule.Severity || f.Citation != tt.rule.Citation || f.Message == "" {
				t.Errorf("finding %v; want path %s, severity %s, citation %s", f, tt.path, tt.rule.Severity, tt.rule.Citation)
			}
			if !strings.Contains(f.Message, tt.message) {
				t.Errorf("message %q does not contain %q", f.Message, tt.message)
			}
			if (tt.rule.Severity == part3.Statutory) != (tt.by != nil) {
				t.Errorf("a %s rule's case must give by exactly when it is statutory", tt.rule.Severity)
			}
			if diff := cmp.Diff(tt.by, f.By); diff != "" {
				t.Errorf("By (-want +got):\n%s", diff)
			}
			passPlan := tt.passPlan
			if passPlan == "" {
				passPlan = tt.plan
			}
			passOpts := tt.opts
			switch {
			case tt.passOpts != nil:
				passOpts = *tt.passOpts
			case tt.trigger == tt.pass:
				passOpts = Options{}
			}
			if got := judgeFile(t, tt.pass, passPlan, passOpts).Findings.WithRule(tt.rule.ID); len(got) > 0 {
				t.Errorf("rules/%s.json: unexpected finding %v", tt.pass, got[0])
			}
		})
	}
}

// TestBaseIsClean checks that the base document of the rule tests has no
// finding, with its plan or without, so that each trigger shows its rule
// alone.
func TestBaseIsClean(t *testing.T) {
	for _, planName := range []string{"", "plan"} {
		res := judgeFile(t, "base", planName, Options{})
		if diff := cmp.Diff(part3.Findings{}, res.Findings); diff != "" {
			t.Errorf("plan %q: findings (-want +got):\n%s", planName, diff)
		}
	}
}
