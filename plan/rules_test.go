package plan

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

func TestRuleBook(t *testing.T) {
	require.NoError(t, part3.CheckRuleBook(Rules()))
	// With the rules of the packages Judge applies, no ID is repeated.
	all := append(append(Rules(), consult.Rules()...), service.Rules()...)
	require.NoError(t, part3.CheckRuleBook(all))
	for _, r := range Rules() {
		if !strings.HasPrefix(r.ID, "plan.") {
			t.Errorf("rule %s is not in package plan", r.ID)
		}
		if r.Severity == part3.Guidance && !r.Citation.IsGuidance() {
			t.Errorf("guidance rule %s cites %s", r.ID, r.Citation)
		}
	}
	// Every rule is checked by a test below, both ways.
	var tested []string
	for _, tt := range ruleCases {
		tested = append(tested, tt.rule.ID)
	}
	for _, r := range Rules() {
		if !slices.Contains(tested, r.ID) {
			t.Errorf("rule %s has no test case", r.ID)
		}
	}
}

// dundee are the joint planners of the plans in testdata/rules, the bodies
// in breach of the duties of the partnership.
var dundee = []string{"Dundee City Council", "NHS Tayside"}

var ruleCases = []struct {
	rule    part3.Rule
	trigger string // a document that triggers the rule
	pass    string // a document that does not
	later   int    // years both documents are moved on (shifted); 0 for none
	opts    Options
	path    string // the path of the first finding
	// by are the bodies in breach the first finding names: set for every
	// statutory rule, and nil for every other.
	by []string
}{
	{rule: ruleRelevantHealthBoard, trigger: "relevant-health-board", pass: "base", path: "/partnership/areas/0/health_board", by: dundee},
	// Section 60 in force before the plan was prepared: the plans for
	// 2029-2032 (see later).
	{rule: ruleIntegrationJointBoard, trigger: "base", pass: "integration-joint-board-named", later: later,
		opts: Options{AsOf: asOf.AddYears(later), Section60: section60}, path: "/partnership/areas/0/integration_joint_board",
		by: []string{"Dundee City Council", "NHS Tayside", "Dundee City Integration Joint Board"}},
	// Highland has no board: naming one as a joint planner there is
	// practice, no breach.
	{rule: ruleIntegrationJointBoardWhereNone, trigger: "integration-joint-board-where-none", pass: "base", later: later,
		opts: Options{AsOf: asOf.AddYears(later), Section60: section60}, path: "/partnership/areas/0/integration_joint_board"},
	{rule: ruleJointApproval, trigger: "joint-approval", pass: "base", path: "/approvals", by: dundee},
	{rule: ruleApprovalOutsidePartnership, trigger: "approval-outside-partnership", pass: "base", path: "/approvals/2"},
	{rule: rulePreparedBeforePeriod, trigger: "prepared-before-period", pass: "base", path: "/publication/prepared", by: dundee},
	{rule: ruleStatedDatesCoverPeriod, trigger: "stated-dates-cover-period", pass: "base", path: "/stated_dates/end", by: dundee},
	{rule: ruleTitleMatchesPeriod, trigger: "title-matches-period", pass: "base", path: "/title"},
	{rule: ruleCoversChildrensAndRelatedServices, trigger: "covers-childrens-and-related-services", pass: "base", path: "/services", by: dundee},
	{rule: ruleAimStatement, trigger: "aim-statement", pass: "aim-substance", path: "/aims/integration"},
	// Only on the caller's statement, with its source; a statement about
	// the plan as first prepared does not reach its revision.
	{rule: rulePreparedWithAimsInView, trigger: "base", pass: "revision-prepared-afresh-ok", path: "/aims/integration",
		opts: Options{Facts: judgement.Facts{AimsNotInView: []judgement.AimsNotInView{{Councils: []service.Council{service.MustLookupCouncil("Dundee City")},
			PlanPeriod: period.MustParsePlanPeriod("2026-2029"), Aims: []string{"integration"}, Source: "Report of the Chief Social Work Officer, 2027"}}}},
		by: dundee},
	{rule: ruleAimSubstance, trigger: "aim-substance", pass: "base", path: "/aims/integration"},
	{rule: ruleRevisionPreparedAfresh, trigger: "revision-prepared-afresh", pass: "revision-prepared-afresh-ok", path: "/preparation/consultees/0/consulted_on", by: dundee},
	{rule: ruleCopyToMinisters, trigger: "copy-to-ministers", pass: "base", path: "/publication/sent_to_ministers", by: dundee},
	{rule: ruleCopyToOtherServiceProviders, trigger: "copy-to-other-service-providers", pass: "base", path: "/publication/sent_to_other_service_providers", by: dundee},
	{rule: rulePublished, trigger: "published", pass: "base", path: "/publication/published", by: dundee},
	{rule: ruleCopiesAndPublicationWithinPolicy, trigger: "copies-and-publication-within-policy", pass: "base", path: "/publication/published"},
	{rule: rulePrioritiesClearAndMeasurable, trigger: "priorities-clear-and-measurable", pass: "base", path: "/priorities/0"},
	{rule: ruleBaselinesAndIndicators, trigger: "baselines-and-indicators", pass: "base", path: "/indicators/0/baseline"},
	{rule: ruleIndicatorTargets, trigger: "indicator-targets", pass: "base", path: "/indicators/0/target"},
	{rule: ruleAccessibleVersion, trigger: "accessible-version", pass: "base", path: "/publication/accessible_versions"},
	{rule: ruleFairerScotlandDuty, trigger: "fairer-scotland-duty", pass: "base", path: "/fairer_scotland"},
	{rule: ruleManageablePriorities, trigger: "manageable-priorities", pass: "base", path: "/priorities"},
	{rule: ruleSmartActions, trigger: "smart-actions", pass: "base", path: "/services/0/actions/0"},
	{rule: ruleLinksToOtherPlans, trigger: "links-to-other-plans", pass: "base", path: "/linked_plans"},
}

func TestRules(t *testing.T) {
	for _, tt := range ruleCases {
		t.Run(tt.rule.ID, func(t *testing.T) {
			read := func(name string) Plan {
				if tt.later != 0 {
					return shifted(t, "rules/"+name+".json", tt.later)
				}
				return load(t, "rules/"+name+".json")
			}
			got := findings(t, read(tt.trigger), tt.opts).WithRule(tt.rule.ID)
			if len(got) == 0 {
				t.Fatalf("rules/%s.json: no %s finding", tt.trigger, tt.rule.ID)
			}
			f := got[0]
			if f.Path != tt.path || f.Severity != tt.rule.Severity || f.Citation != tt.rule.Citation || f.Message == "" {
				t.Errorf("finding %v; want path %s, severity %s, citation %s", f, tt.path, tt.rule.Severity, tt.rule.Citation)
			}
			if (tt.rule.Severity == part3.Statutory) != (tt.by != nil) {
				t.Errorf("a %s rule's case must give by exactly when it is statutory", tt.rule.Severity)
			}
			if diff := cmp.Diff(tt.by, f.By); diff != "" {
				t.Errorf("By (-want +got):\n%s", diff)
			}
			if pass := findings(t, read(tt.pass), tt.opts).WithRule(tt.rule.ID); len(pass) > 0 {
				t.Errorf("rules/%s.json: unexpected %v", tt.pass, pass)
			}
		})
	}
}

func TestBaseAndCleanSamplesHaveNoFindings(t *testing.T) {
	for _, name := range []string{"rules/base.json", "fife-2023-2026.json", "fife-2023-2026-revision-1.json"} {
		if fs := findings(t, load(t, name), Options{}); len(fs) > 0 {
			t.Errorf("%s: unexpected findings:\n%v", name, fs)
		}
	}
	named := shifted(t, "rules/integration-joint-board-named.json", later)
	if fs := findings(t, named, Options{AsOf: asOf.AddYears(later), Section60: section60}); len(fs) > 0 {
		t.Errorf("with section 60 in force and the board named: unexpected findings:\n%v", fs)
	}
}

// TestSamples pins the statutory findings of each sample plan and that the
// validation is deterministic.
func TestSamples(t *testing.T) {
	tests := []struct {
		name      string
		statutory []string // rule IDs of the statutory findings, sorted, repeated per finding
	}{
		{"fife-2023-2026.json", nil},
		{"fife-2023-2026-revision-1.json", nil},
		{"tayside-2023-2026.json", nil},
		{"highland-2017-2020.json", nil},
		{"highland-2021-2023.json", []string{"plan.prepared-before-period"}},
		{"fife-2023-2026-revision-reused-record.json", slices.Repeat([]string{"plan.revision-prepared-afresh"}, 14)},
		{"breaches-2023-2026.json", []string{
			"consult.consult-organisations", "consult.consult-social-landlords",
			// One finding names every other service provider given no
			// opportunity.
			"consult.opportunity-other-service-providers",
			"consult.took-part",
			"plan.copy-to-ministers", "plan.copy-to-other-service-providers",
			"plan.covers-childrens-and-related-services", "plan.joint-approval",
			"plan.prepared-before-period", "plan.published", "plan.relevant-health-board",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := load(t, tt.name)
			fs := findings(t, p, Options{})
			var got []string
			for _, f := range fs.WithSeverity(part3.Statutory) {
				got = append(got, f.Rule)
			}
			slices.Sort(got)
			if diff := cmp.Diff(tt.statutory, got); diff != "" {
				t.Errorf("statutory findings (-want +got):\n%s", diff)
			}
			if !slices.IsSortedFunc(fs, part3.Finding.Compare) {
				t.Error("findings are not sorted")
			}
			if again := findings(t, p, Options{}); !slices.EqualFunc(fs, again, part3.Finding.Equal) {
				t.Error("a second validation differs")
			}
		})
	}
}

func TestBreachesSampleHasEveryKindOfBreach(t *testing.T) {
	fs := findings(t, load(t, "breaches-2023-2026.json"), Options{})
	for _, id := range []string{"plan.relevant-health-board", "plan.aim-statement", "plan.copy-to-ministers", "plan.published",
		"plan.prepared-before-period", "plan.manageable-priorities", "plan.smart-actions"} {
		if len(fs.WithRule(id)) == 0 {
			t.Errorf("no %s finding", id)
		}
	}
}

func TestGuidanceNotRaisedFor2017To2020(t *testing.T) {
	for _, name := range []string{"rules/2017-2020-guidance-not-raised.json", "highland-2017-2020.json"} {
		t.Run(name, func(t *testing.T) {
			p := load(t, name)
			require.False(t, p.Period.GuidanceApplies())
			fs := findings(t, p, Options{})
			for _, f := range fs {
				if f.Citation.IsGuidance() {
					t.Errorf("a finding citing the guidance was raised for %s: %v", p.Period, f)
				}
			}
			// The same document for 2020-2023 does raise them.
			p.Period = period.MustParsePlanPeriod("2020-2023")
			p.Title, p.StatedDates = "", StatedDates{}
			var guidance int
			for _, f := range findings(t, p, Options{}) {
				if f.Citation.IsGuidance() {
					guidance++
				}
			}
			if guidance == 0 {
				t.Error("moved to 2020-2023, the document raises no finding citing the guidance")
			}
		})
	}
	// The limit on the copies and publication rests on guidance para 102
	// too: Highland published its 2017-2020 plan 65 days after preparing
	// it, and that is no finding; nor a breach, being within the period.
	fs := findings(t, load(t, "highland-2017-2020.json"), Options{})
	require.Empty(t, fs.WithRule(RuleCopiesAndPublicationWithinPolicyID))
	require.Empty(t, fs.WithRule(RulePublishedID))
}

func TestOnlyApplicable(t *testing.T) {
	fs := part3.Findings{
		ruleFairerScotlandDuty.Finding("/fairer_scotland", "x"),
		ruleLinksToOtherPlans.Finding("/linked_plans", "x"),
		rulePublished.Finding("/publication/published", "x"),
		ruleTitleMatchesPeriod.Finding("/title", "x"),
	}
	got := onlyApplicable(period.MustParsePlanPeriod("2017-2020"), slices.Clone(fs))
	var ids []string
	for _, f := range got {
		ids = append(ids, f.Rule)
	}
	if diff := cmp.Diff([]string{RulePublishedID}, ids); diff != "" {
		t.Errorf("2017-2020 (-want +got):\n%s", diff)
	}
	require.Len(t, onlyApplicable(period.MustParsePlanPeriod("2020-2023"), slices.Clone(fs)), 4)
	require.Len(t, onlyApplicable(period.PlanPeriod{}, slices.Clone(fs)), 4)
}

// TestAsOf: a duty due as soon as reasonably practicable after the plan
// is prepared is outstanding until the as-of date passes the partnership's
// own limit or the module's default (or the caller's relief), and then a
// practice finding; it is a breach only past a day the caller states, or
// with nothing sent by the end of the plan's period. A draft is late once
// its period has begun.
func TestAsOf(t *testing.T) {
	unsent := load(t, "rules/copy-to-ministers.json") // prepared 2026-03-20 for 2026-2029
	stated := judgement.Facts{TimePassed: []judgement.TimePassed{{Duty: "s10-copy-to-ministers", Councils: unsent.Partnership.Councils(),
		PlanPeriod: unsent.Period, By: period.MustParseDate("2026-05-31"), Source: "Decision of the Chief Officers Group, 10 June 2026"}}}
	tests := []struct {
		name                     string
		opts                     Options
		wantStatutory, wantLimit int
	}{
		{"after the plan's period ended", Options{}, 1, 0},
		{"on the period's last day", Options{AsOf: period.MustParseDate("2029-03-31")}, 0, 1},
		{"within the module's default limit", Options{AsOf: period.MustParseDate("2026-04-10")}, 0, 0},
		{"on the last day of the limit", Options{AsOf: period.MustParseDate("2026-04-17")}, 0, 0},
		{"past the limit", Options{AsOf: period.MustParseDate("2026-04-18")}, 0, 1},
		{"a longer limit of the partnership's own", Options{AsOf: period.MustParseDate("2026-04-18"), Policy: judgement.Policy{CopyDays: 60}}, 0, 0},
		{"a relief", Options{AsOf: period.MustParseDate("2026-05-01"), Reliefs: []judgement.Relief{{Duty: "s10-copy-to-ministers",
			PlanPeriod: period.MustParsePlanPeriod("2026-2029"), Until: period.MustParseDate("2026-06-30"),
			Citation: part3.Legislation("Coronavirus (Scotland) Act 2020", "sch.6")}}}, 0, 0},
		{"the day the caller states", Options{AsOf: period.MustParseDate("2026-05-31"), Facts: stated}, 0, 1},
		{"past the day the caller states", Options{AsOf: period.MustParseDate("2026-06-01"), Facts: stated}, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := findings(t, unsent, tt.opts)
			if got := len(fs.WithRule(RuleCopyToMinistersID)); got != tt.wantStatutory {
				t.Errorf("%d statutory findings, want %d: %v", got, tt.wantStatutory, fs)
			}
			if got := len(fs.WithRule(RuleCopiesAndPublicationWithinPolicyID)); got != tt.wantLimit {
				t.Errorf("%d practice findings, want %d: %v", got, tt.wantLimit, fs)
			}
		})
	}
	// A draft is late only once its period has begun.
	draft := load(t, "rules/draft.json")
	for asOf, want := range map[string]int{"2026-03-31": 0, "2026-04-01": 1} {
		if got := len(findings(t, draft, Options{AsOf: period.MustParseDate(asOf)}).WithRule(RulePreparedBeforePeriodID)); got != want {
			t.Errorf("draft as of %s: %d findings, want %d", asOf, got, want)
		}
	}
	// A draft is not held to the duties that follow preparation.
	for _, r := range []part3.Rule{ruleCopyToMinisters, ruleCopyToOtherServiceProviders, rulePublished, ruleJointApproval, ruleAccessibleVersion} {
		if fs := findings(t, draft, Options{AsOf: period.MustParseDate("2026-04-01")}).WithRule(r.ID); len(fs) > 0 {
			t.Errorf("draft: %v", fs)
		}
	}
}

// TestRefusesContextWithoutAsOf: every judgement is made as of a date the
// caller gives; a context without one is refused at its as_of member, for
// a plan and a draft alike, by the judgement and the review.
func TestRefusesContextWithoutAsOf(t *testing.T) {
	for _, name := range []string{"rules/copy-to-ministers.json", "rules/draft.json"} {
		t.Run(name, func(t *testing.T) {
			p := load(t, name)
			fs, err := p.Judge(judgement.Context{})
			requireNoAsOf(t, err)
			require.Nil(t, fs)
			_, err = p.Review(judgement.Context{})
			requireNoAsOf(t, err)
			_, err = p.Judge(judgement.Context{Policy: judgement.Policy{CopyDays: 60}})
			requireNoAsOf(t, err)
		})
	}
}

// TestPolicyNoLimit: the copy limit is the module's default of 28 days
// unless the partnership sets its own, and a negative number sets none.
func TestPolicyNoLimit(t *testing.T) {
	late := load(t, "rules/copies-and-publication-within-policy.json") // published 60 days after preparation
	fs := findings(t, late, Options{}).WithRule(RuleCopiesAndPublicationWithinPolicyID)
	require.Len(t, fs, 1)
	require.Contains(t, fs[0].Message, "past 2026-04-17, the module's default of 28 days (no law or guidance sets a number; set your partnership's own)")
	fs = findings(t, late, Options{Policy: judgement.Policy{CopyDays: 28}}).WithRule(RuleCopiesAndPublicationWithinPolicyID)
	require.Len(t, fs, 1)
	require.Contains(t, fs[0].Message, "past 2026-04-17, the partnership's own limit of 28 days after")
	require.Empty(t, findings(t, late, Options{Policy: judgement.Policy{CopyDays: 60}}).WithRule(RuleCopiesAndPublicationWithinPolicyID))
	require.Empty(t, findings(t, late, Options{Policy: judgement.Policy{CopyDays: -1}}).WithRule(RuleCopiesAndPublicationWithinPolicyID))
}

func TestReliefForLatePreparation(t *testing.T) {
	p := load(t, "highland-2021-2023.json") // prepared 2021-03-30 for 2020-2023
	relief := func(until string) Options {
		return Options{Reliefs: []judgement.Relief{{Duty: "s8-prepare-plan", PlanPeriod: p.Period, Until: period.MustParseDate(until),
			Citation: part3.Legislation("Coronavirus (Scotland) Act 2020", "sch.6")}}}
	}
	require.Len(t, findings(t, p, Options{}).WithRule(RulePreparedBeforePeriodID), 1)
	require.Empty(t, findings(t, p, relief("2021-03-31")).WithRule(RulePreparedBeforePeriodID))
	fs := findings(t, p, relief("2020-09-30")).WithRule(RulePreparedBeforePeriodID)
	require.Len(t, fs, 1)
	require.Contains(t, fs[0].Message, "The relief relied on (Coronavirus (Scotland) Act 2020 sch.6) ran to 2020-09-30")
	// The title still does not name the period.
	require.Len(t, findings(t, p, relief("2021-03-31")).WithRule(RuleTitleMatchesPeriodID), 1)
	// Each relief ID the package reads is a duty of the catalogue.
	for _, id := range []string{dutyPrepare, dutyCopyMinisters, dutyCopyOSP, dutyPublish} {
		if _, ok := duty.Lookup(id); !ok {
			t.Errorf("duty %q is not in the catalogue", id)
		}
	}
}

func TestRevisionIsCheckedAsANewPlan(t *testing.T) {
	// A revision prepared during the period is not late.
	rev := load(t, "fife-2023-2026-revision-1.json")
	require.True(t, rev.Version.IsRevision())
	require.Empty(t, findings(t, rev, Options{}).WithRule(RulePreparedBeforePeriodID))
	// Its aims, copies and preparation are judged on its own record.
	rev.Aims.Integration = Statement{}
	rev.Publication.SentToMinisters = period.Date{}
	rev.Preparation.Opportunities = rev.Preparation.Opportunities[1:]
	fs := findings(t, rev, Options{})
	for _, id := range []string{RuleAimStatementID, RuleCopyToMinistersID, consult.RuleOpportunityOtherServiceProvidersID} {
		if len(fs.WithRule(id)) == 0 {
			t.Errorf("no %s finding on the revision", id)
		}
	}
	require.Contains(t, fs.WithRule(RuleCopyToMinistersID)[0].Message, "a revised plan as the original (guidance paras 103 and 119)")
}

// TestSection60 judges the plans for 2029-2032 (see later): section 60
// of the 2026 Act cannot be in force before the 2026-2029 plans were
// prepared.
func TestSection60(t *testing.T) {
	// Before commencement, naming no board is fine and the board is owed an
	// opportunity and a copy as an other service provider.
	require.Empty(t, findings(t, load(t, "rules/base.json"), Options{}))
	base := shifted(t, "rules/base.json", later)
	laterAsOf := asOf.AddYears(later)
	require.Empty(t, findings(t, base, Options{AsOf: laterAsOf}))
	// In force: the board is a joint planner and must approve the plan.
	fs := findings(t, base, Options{AsOf: laterAsOf, Section60: section60})
	require.Len(t, fs.WithRule(RuleIntegrationJointBoardID), 1)
	require.Len(t, fs.WithRule(RuleJointApprovalID), 1)
	require.Contains(t, fs.WithRule(RuleJointApprovalID)[0].Message, "Dundee City Integration Joint Board")
	// A wrong board named.
	named := shifted(t, "rules/integration-joint-board-named.json", later)
	angus, ok := service.MustLookupCouncil("Angus").IntegrationJointBoard()
	require.True(t, ok)
	named.Partnership.Areas[0].IntegrationJointBoard = angus
	require.Len(t, findings(t, named, Options{AsOf: laterAsOf, Section60: section60}).WithRule(RuleIntegrationJointBoardID), 1)
	// Highland has no board: naming one is a practice finding, no breach;
	// naming none is no finding.
	// Its plan for 2020-2023, prepared on 30 March 2021, moved on nine
	// years: for 2029-2032, prepared on 30 March 2030, with section 60 in
	// force from 1 January 2029 (as before from 1 January 2020).
	h := shifted(t, "highland-2021-2023.json", 9)
	hOpts := Options{AsOf: asOf.AddYears(9), Section60: section60}
	require.Empty(t, findings(t, h, hOpts).WithRule(RuleIntegrationJointBoardID))
	h.Partnership.Areas[0].IntegrationJointBoard = named.Partnership.Areas[0].IntegrationJointBoard
	require.Empty(t, findings(t, h, hOpts).WithRule(RuleIntegrationJointBoardID))
	require.Len(t, findings(t, h, hOpts).WithRule(RuleIntegrationJointBoardWhereNoneID), 1)
}

// TestShifted checks the helper the section 60 cases rest on: a plan moved
// on is the same plan for a later period, every date moved with it, and
// judged as of a day as much later it has the same findings.
func TestShifted(t *testing.T) {
	for _, tt := range []struct {
		name  string
		years int
	}{{"rules/base.json", later}, {"rules/integration-joint-board-named.json", later}, {"highland-2021-2023.json", 9}} {
		t.Run(tt.name, func(t *testing.T) {
			p, q := load(t, tt.name), shifted(t, tt.name, tt.years)
			require.Equal(t, p.Period.StartYear()+tt.years, q.Period.StartYear())
			require.Equal(t, p.Publication.Prepared.AddYears(tt.years), q.Publication.Prepared)
			require.Equal(t, p.StatedDates.End.AddYears(tt.years), q.StatedDates.End)
			require.Equal(t, p.Preparation.Opportunities[0].NoticeGiven.AddYears(tt.years), q.Preparation.Opportunities[0].NoticeGiven)
			_, _, pp, ok := TitlePeriod(q.Title)
			if _, _, was, _ := TitlePeriod(p.Title); was.IsValid() {
				require.True(t, ok)
				require.Equal(t, q.Period, pp)
			}
			rules := func(fs part3.Findings) []string {
				var out []string
				for _, f := range fs {
					out = append(out, f.Rule+" "+f.Path)
				}
				return out
			}
			require.Equal(t, rules(findings(t, p, Options{})), rules(findings(t, q, Options{AsOf: asOf.AddYears(tt.years)})))
		})
	}
}

func TestJointPlanTayside(t *testing.T) {
	p := load(t, "tayside-2023-2026.json")
	require.False(t, findings(t, p, Options{}).HasStatutory())
	tayside := []string{"Angus Council", "NHS Tayside", "Dundee City Council", "Perth and Kinross Council"}
	// Without NHS Tayside's approval, one finding, not one per council;
	// the board plans for every area, so every area's plan lacks it.
	p.Approvals = slices.DeleteFunc(p.Approvals, func(a Approval) bool { return a.HealthBoard.IsValid() })
	fs := findings(t, p, Options{}).WithRule(RuleJointApprovalID)
	require.Len(t, fs, 1)
	require.Equal(t, tayside, fs[0].By)
	// Without Angus Council's approval, Angus's plan lacks it: its planners
	// are in breach, not Dundee's or Perth and Kinross's (s.8(1): a plan
	// "for the area of the local authority").
	p = load(t, "tayside-2023-2026.json")
	p.Approvals = slices.DeleteFunc(p.Approvals, func(a Approval) bool { return a.Council.Name() == "Angus" })
	fs = findings(t, p, Options{}).WithRule(RuleJointApprovalID)
	require.Len(t, fs, 1)
	require.Equal(t, []string{"Angus Council", "NHS Tayside"}, fs[0].By)
	// A copy not sent to Angus's board names that board, and Angus's
	// planners, who owe it the copy (s.10(7)(a)(ii)).
	p = load(t, "tayside-2023-2026.json")
	p.Publication.SentToOtherServiceProviders = slices.DeleteFunc(p.Publication.SentToOtherServiceProviders, func(c Copy) bool {
		return c.IntegrationJointBoard.Name() == "Angus Integration Joint Board"
	})
	asOf := p.Period.End().AddDays(1) // past the outer bound: a breach
	fs = findings(t, p, Options{AsOf: asOf}).WithRule(RuleCopyToOtherServiceProvidersID)
	require.Len(t, fs, 1)
	require.Contains(t, fs[0].Message, "Angus Integration Joint Board")
	require.NotContains(t, fs[0].Message, "Dundee")
	require.Equal(t, []string{"Angus Council", "NHS Tayside"}, fs[0].By)
	// A copy not sent to the police is owed by every area's planners.
	p = load(t, "tayside-2023-2026.json")
	p.Publication.SentToOtherServiceProviders = slices.DeleteFunc(p.Publication.SentToOtherServiceProviders, func(c Copy) bool {
		return c.Provider == service.ProviderPoliceScotland
	})
	fs = findings(t, p, Options{AsOf: asOf}).WithRule(RuleCopyToOtherServiceProvidersID)
	require.Len(t, fs, 1)
	require.Equal(t, tayside, fs[0].By)
}

// TestBodiesInBreachAcrossSection60 reads each duty's bodies on the day it
// fell due: a plan prepared late, after section 60 of the 2026 Act came
// into force, was late on the last day to prepare it, when the integration
// joint board was not yet a joint planner; the wrong health board named,
// once the board is one, is the whole area's breach.
func TestBodiesInBreachAcrossSection60(t *testing.T) {
	p := shifted(t, "rules/integration-joint-board-named.json", later) // 2029-2032, prepared 2029-03-20
	p.Publication.Prepared = period.MustParseDate("2029-05-01")
	opts := Options{AsOf: asOf.AddYears(later), Section60: period.MustParseDate("2029-04-15")}
	fs := findings(t, p, opts).WithRule(RulePreparedBeforePeriodID)
	require.Len(t, fs, 1)
	require.Equal(t, dundee, fs[0].By, "the board became a joint planner after the deadline of 2029-03-31")
	// Commenced before the deadline: the board was bound by it.
	opts.Section60 = period.MustParseDate("2029-03-01")
	fs = findings(t, p, opts).WithRule(RulePreparedBeforePeriodID)
	require.Len(t, fs, 1)
	require.Equal(t, []string{"Dundee City Council", "NHS Tayside", "Dundee City Integration Joint Board"}, fs[0].By)

	q := shifted(t, "rules/relevant-health-board.json", later)
	fs = findings(t, q, Options{AsOf: asOf.AddYears(later), Section60: section60}).WithRule(RuleRelevantHealthBoardID)
	require.Len(t, fs, 1)
	require.Equal(t, []string{"Dundee City Council", "NHS Tayside", "Dundee City Integration Joint Board"}, fs[0].By)
}

func TestTitlePeriod(t *testing.T) {
	tests := []struct {
		title      string
		start, end int
		real       string
		ok         bool
	}{
		{"Highland Integrated Children's Services Plan 2021-2023", 2021, 2023, "", true},
		{"Fife Children's Services Plan 2023-2026", 2023, 2026, "2023-2026", true},
		{"Children's Services Plan 2020–23", 2020, 2023, "2020-2023", true},
		{"Scottish Borders Children and Young People's Plan 2018 to 2021", 2018, 2021, "", true},
		{"Plan 2023to2026", 2023, 2026, "2023-2026", true},
		{"Plan 2014-2017", 2014, 2017, "", true},
		{"Plan 2099-02", 2099, 2102, "", true},
		{"Plan 2020-20", 2020, 2020, "", true},
		{"For Highland's Children 4", 0, 0, "", false},
		{"Our plan (revised 2024)", 0, 0, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			start, end, pp, ok := TitlePeriod(tt.title)
			got := fmt.Sprintf("%d %d %q %v", start, end, pp, ok)
			want := fmt.Sprintf("%d %d %q %v", tt.start, tt.end, tt.real, tt.ok)
			if got != want {
				t.Errorf("TitlePeriod = %s, want %s", got, want)
			}
		})
	}
}

func TestValidateConcurrently(t *testing.T) {
	p := load(t, "breaches-2023-2026.json")
	ctx := Options{}.ctx()
	want := findings(t, p, Options{})
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if got, err := p.Judge(ctx); err != nil || !slices.EqualFunc(got, want, part3.Finding.Equal) {
				t.Errorf("a concurrent validation differs (error %v)", err)
			}
			if _, err := p.Review(ctx); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
}

func TestValidateUncheckedPlanDoesNotPanic(t *testing.T) {
	var p Plan
	_ = findings(t, p, Options{})
	_ = reviewed(t, p, Options{})
	p = load(t, "rules/base.json")
	p.Aims.Wellbeing.Services = []string{"missing"}
	p.Priorities[0].Evidence = []string{"missing"}
	p.Partnership.Areas = append(p.Partnership.Areas, Area{})
	_ = findings(t, p, Options{AsOf: period.MustParseDate("2030-01-01")})
	_ = reviewed(t, p, Options{})
}

// TestClassifierAgreesWithClassify checks that classifying once per set of
// facts gives what service.Classify gives each service, and that under a
// law with an s.7(3) order every service is classified on its own.
func TestClassifierAgreesWithClassify(t *testing.T) {
	on := period.MustParseDate("2026-03-20")
	for _, name := range samples {
		p := load(t, name)
		c := newClassifier(on, service.DefaultLaw())
		for _, s := range p.Services {
			if got, want := c.kind(&s.Service), service.Classify(s.Service, on, service.DefaultLaw()).Kind; got != want {
				t.Errorf("%s %s: %s, Classify says %s", name, s.ID, got, want)
			}
		}
	}
	law, err := service.DefaultLaw().WithServiceOrder(service.ServiceOrder{
		Title: "a test order", Effective: period.MustParseDate("2026-01-01"), Effect: service.ExcludeChildrensService,
		Covers: func(s service.Service) bool { return s.ID == "S1" },
	})
	require.NoError(t, err)
	p := load(t, "rules/base.json")
	twin := p.Services[0].Service
	twin.ID = "S1-twin" // the same facts, not covered by the order
	c := newClassifier(on, law)
	require.NotEqual(t, c.kind(&p.Services[0].Service), c.kind(&twin))
}

func TestDeclaredKind(t *testing.T) {
	p := load(t, "rules/base.json")
	p.Services[0].Kind = service.ChildrensService // right
	p.Services[1].Kind = service.ChildrensService // wrong: housing options is a related service
	fs := findings(t, p, Options{}).WithRule(service.RuleDeclaredKindID)
	require.Len(t, fs, 1)
	require.Equal(t, "/services/1/kind", fs[0].Path)
	// Guidance: not raised for 2017-2020.
	p.Period = period.MustParsePlanPeriod("2017-2020")
	require.Empty(t, findings(t, p, Options{}).WithRule(service.RuleDeclaredKindID))
}

// TestSentOrPublishedBeforePrepared: a copy or publication dated before the
// plan was prepared was of an earlier draft, and does not meet s.10(7).
func TestSentOrPublishedBeforePrepared(t *testing.T) {
	base := load(t, "rules/base.json")
	prepared := base.Publication.Prepared
	early := prepared.AddDays(-10)
	tests := []struct {
		name string
		edit func(p *Plan)
		rule part3.Rule
		path string
	}{
		{"copy to the Ministers before preparation", func(p *Plan) { p.Publication.SentToMinisters = early },
			ruleCopyToMinisters, "/publication/sent_to_ministers"},
		{"copy to a provider before preparation", func(p *Plan) {
			copies := slices.Clone(p.Publication.SentToOtherServiceProviders)
			copies[0].Sent = early
			p.Publication.SentToOtherServiceProviders = copies
		}, ruleCopyToOtherServiceProviders, "/publication/sent_to_other_service_providers"},
		{"published before preparation", func(p *Plan) { p.Publication.Published = early },
			rulePublished, "/publication/published"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := findings(t, base, Options{}).WithRule(tt.rule.ID); len(got) != 0 {
				t.Fatalf("the base plan already has %v", got)
			}
			p := base
			tt.edit(&p)
			got := findings(t, p, Options{}).WithRule(tt.rule.ID)
			if len(got) != 1 || got[0].Path != tt.path || !strings.Contains(got[0].Message, "before") {
				t.Errorf("findings of %s = %v, want one at %s saying it was before preparation", tt.rule.ID, got, tt.path)
			}
		})
	}
}

// TestJointApprovalSharedIntegrationJointBoard: Clackmannanshire and
// Stirling share one integration joint board; once section 60 of the 2026
// Act makes it a joint planner, its missing approval of their joint plan
// leaves both areas' plan unapproved, so both areas' planners are in
// breach (s.7(6), s.8(1)).
func TestJointApprovalSharedIntegrationJointBoard(t *testing.T) {
	p := shifted(t, "rules/base.json", later) // 2029-2032, prepared 2029-03-20
	clacks, stirling := service.MustLookupCouncil("Clackmannanshire"), service.MustLookupCouncil("Stirling")
	ijb, ok := clacks.IntegrationJointBoard()
	require.True(t, ok)
	p.Partnership.Areas = []Area{
		{Council: clacks, HealthBoard: clacks.HealthBoard(), IntegrationJointBoard: ijb},
		{Council: stirling, HealthBoard: stirling.HealthBoard(), IntegrationJointBoard: ijb},
	}
	on := p.Publication.Prepared.AddDays(-1)
	p.Approvals = []Approval{{Council: clacks, Date: on}, {Council: stirling, Date: on}, {HealthBoard: clacks.HealthBoard(), Date: on}}
	fs := findings(t, p, Options{AsOf: asOf.AddYears(later), Section60: section60}).WithRule(RuleJointApprovalID)
	require.Len(t, fs, 1)
	require.Contains(t, fs[0].Message, ijb.Name())
	require.Equal(t, []string{"Clackmannanshire Council", "NHS Forth Valley", ijb.Name(), "Stirling Council"}, fs[0].By)
}
