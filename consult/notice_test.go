package consult_test

import (
	"errors"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

func loadNotice(t testing.TB, name string) consult.NoticeOfDisagreement {
	t.Helper()
	n, err := consult.DecodeNotice(name, readTestdata(t, name))
	require.NoError(t, err)
	return n
}

// dundeePlan is the plan the sample notices concern.
func dundeePlan() consult.PlanServices {
	return consult.PlanServices{
		Councils: []service.Council{dundee},
		Period:   period.MustParsePlanPeriod("2026-2029"),
		Services: []consult.PlanService{
			{ID: "S03", Name: "School counselling", Provider: service.ProviderLocalAuthority},
			{ID: "S14", Name: "Youth diversion from prosecution", Provider: service.ProviderPoliceScotland},
			{ID: "S22", Name: "Fire safety education in primary schools", Provider: service.ProviderScottishFireAndRescueService},
			{ID: "S27", Name: "Children's reporter: early and effective intervention", Provider: service.ProviderPrincipalReporter},
			{ID: "S31", Name: "Tenancy sustainment for young care leavers", Provider: service.ProviderOtherOrganisation},
		},
	}
}

func TestNoticeSamples(t *testing.T) {
	tests := []struct {
		file       string
		wantRules  []string
		wantEffect bool
	}{
		{"notice-police-valid.json", nil, true},
		{"notice-housing-association.json", []string{"consult.notice-issuer"}, false},
		{"notice-not-issuer-service.json", []string{"consult.notice-issuer-service"}, false},
		{"notice-no-reasons.json", []string{"consult.notice-reasons-stated"}, false},
		{"notice-unpublished.json", []string{"consult.notice-published"}, false},
	}
	for _, tt := range tests {
		for _, against := range []bool{false, true} {
			name := tt.file
			ctx := judged{}
			if against {
				name += " against the plan"
				ctx.Plan = dundeePlan()
			}
			t.Run(name, func(t *testing.T) {
				r := ctx.notice(t, loadNotice(t, tt.file))
				if diff := cmp.Diff(tt.wantRules, ruleIDs(r.Findings)); diff != "" {
					t.Errorf("rules (-want +got):\n%s\nfindings: %v", diff, r.Findings)
				}
				if r.HasLegalEffect() != tt.wantEffect {
					t.Errorf("HasLegalEffect() = %v, want %v", r.HasLegalEffect(), tt.wantEffect)
				}
				if r.CheckedAgainstPlan != against {
					t.Errorf("CheckedAgainstPlan = %v", r.CheckedAgainstPlan)
				}
				if !tt.wantEffect && len(r.EffectiveMatters()) != 0 {
					t.Errorf("a notice without legal effect has effective matters %v", r.EffectiveMatters())
				}
				for _, f := range r.Findings {
					if f.Severity != part3.Condition || f.Citation != part3.Act("10(8)") {
						t.Errorf("finding %v: want a condition, citing s.10(8)", f)
					}
					if !strings.Contains(f.Message, "no legal effect") {
						t.Errorf("finding %q does not say what it does to the notice's effect", f.Message)
					}
				}
			})
		}
	}
}

// TestNoticeRules runs every notice rule on a notice that triggers it and
// on one that does not.
func TestNoticeRules(t *testing.T) {
	valid := func(t *testing.T) consult.NoticeOfDisagreement { return loadNotice(t, "notice-police-valid.json") }
	tests := []struct {
		name          string
		notice        func(*testing.T) consult.NoticeOfDisagreement
		ctx           judged
		want          []string
		wantEffect    bool
		wantEffective []int // indexes of the effective matters
	}{
		{name: "valid", notice: valid, wantEffect: true, wantEffective: []int{0}},
		{name: "valid against the plan", notice: valid, ctx: judged{Plan: dundeePlan()}, wantEffect: true, wantEffective: []int{0}},

		{name: "issuer: the Scottish Ministers, with a prison service in the area stated", notice: ministers,
			ctx:        judged{Context: judgement.Context{PrisonServices: prisonIn(dundee)}},
			wantEffect: true, wantEffective: []int{0}},
		{name: "issuer: the Scottish Ministers, with no prison service in the area stated", notice: ministers,
			want: []string{"consult.notice-issuer-service"}},
		{name: "issuer: the Scottish Ministers, with a prison service stated only in another area", notice: ministers,
			ctx:  judged{Context: judgement.Context{PrisonServices: prisonIn(angus)}},
			want: []string{"consult.notice-issuer-service"}},
		{name: "issuer: the Scottish Ministers, with a prison service that closed before publication", notice: ministers,
			ctx: judged{Context: judgement.Context{PrisonServices: []judgement.PrisonService{
				{Council: dundee, Name: "HMP Dundee", Until: period.MustParseDate("2026-05-01")}}}},
			want: []string{"consult.notice-issuer-service"}},
		{name: "issuer: the Scottish Ministers, about a prison service of the plan", notice: ministers,
			ctx:        judged{Plan: withService(dundeePlan(), consult.PlanService{ID: "S14", Name: "Family visits at HMP Perth", Provider: service.ProviderScottishMinisters, PrisonsActFunction: true})},
			wantEffect: true, wantEffective: []int{0}},
		{name: "issuer: the Scottish Ministers, about a service the plan does not record as a prison service", notice: ministers,
			ctx:  judged{Plan: withService(dundeePlan(), consult.PlanService{ID: "S14", Name: "National parenting helpline", Provider: service.ProviderScottishMinisters})},
			want: []string{"consult.notice-issuer-service"}},
		{name: "issuer: the Scottish Ministers, about Police Scotland's service in the plan", notice: ministers,
			ctx:  judged{Plan: dundeePlan()},
			want: []string{"consult.notice-issuer-service"}},

		{name: "issuer: Dundee's integration joint board, unnamed", notice: board(dundee, service.IntegrationJointBoard{}),
			wantEffect: true, wantEffective: []int{0}},
		{name: "issuer: Dundee's integration joint board, about a board's service in Dundee's plan, which has one board", notice: board(dundee, service.IntegrationJointBoard{}),
			ctx:        judged{Plan: withService(dundeePlan(), consult.PlanService{ID: "S14", Name: "Youth diversion from prosecution", Provider: service.ProviderIntegrationJointBoard})},
			wantEffect: true, wantEffective: []int{0}},
		{name: "issuer: Highland has no integration joint board", notice: board(service.MustLookupCouncil("Highland"), service.IntegrationJointBoard{}),
			want: []string{"consult.notice-issuer"}},
		{name: "issuer: another area's integration joint board", notice: board(dundee, ijbOf(angus)),
			want: []string{"consult.notice-issuer"}},
		{name: "issuer: an integration joint board once section 60 is in force", notice: board(dundee, service.IntegrationJointBoard{}),
			ctx:  judged{Context: judgement.Context{Act2026Section60: period.MustParseDate("2026-05-15")}},
			want: []string{"consult.notice-issuer"}},
		{name: "issuer: one of Tayside's boards, unnamed", notice: board(dundee, service.IntegrationJointBoard{}, angus, perth),
			want: []string{"consult.notice-issuer"}},
		{name: "issuer: Angus's board, about its own service in the Tayside plan", notice: board(angus, ijbOf(angus), dundee, perth),
			ctx:        judged{Plan: taysidePlan(ijbOf(angus))},
			wantEffect: true, wantEffective: []int{0}},
		{name: "issuer: Angus's board, about Dundee's board's service", notice: board(angus, ijbOf(angus), dundee, perth),
			ctx:  judged{Plan: taysidePlan(ijbOf(dundee))},
			want: []string{"consult.notice-issuer-service"}},
		{name: "issuer: Angus's board, about a board's service the Tayside plan does not attribute", notice: board(angus, ijbOf(angus), dundee, perth),
			ctx:  judged{Plan: taysidePlan(service.IntegrationJointBoard{})},
			want: []string{"consult.notice-issuer-service"}},
		{name: "issuer: the local authority", notice: func(t *testing.T) consult.NoticeOfDisagreement {
			n := valid(t)
			n.Issuer, n.Matters[0].Provider = service.ProviderLocalAuthority, service.ProviderLocalAuthority
			return n
		}, want: []string{"consult.notice-issuer"}},
		{name: "issuer: the relevant health board", notice: func(t *testing.T) consult.NoticeOfDisagreement {
			n := valid(t)
			n.Issuer, n.Matters[0].Provider = service.ProviderRelevantHealthBoard, service.ProviderRelevantHealthBoard
			return n
		}, want: []string{"consult.notice-issuer"}},
		{name: "issuer: removed from the register before publication", notice: valid,
			ctx:  judged{Context: judgement.Context{RegisterChanges: []service.RegisterChange{removed("police-scotland", "2026-01-01")}}},
			want: []string{"consult.notice-issuer"}},

		{name: "plan: another period", notice: valid, ctx: judged{Plan: func() consult.PlanServices {
			p := dundeePlan()
			p.Period = period.MustParsePlanPeriod("2023-2026")
			return p
		}()}, want: []string{"consult.notice-concerns-plan"}},
		{name: "plan: another council", notice: valid, ctx: judged{Plan: func() consult.PlanServices {
			p := dundeePlan()
			p.Councils = []service.Council{angus}
			return p
		}()}, want: []string{"consult.notice-concerns-plan"}},
		{name: "plan: one council of a joint plan", notice: valid, ctx: judged{Plan: func() consult.PlanServices {
			p := dundeePlan()
			p.Councils = []service.Council{angus, dundee, perth}
			return p
		}()}, wantEffect: true, wantEffective: []int{0}},

		{name: "matters: none", notice: func(t *testing.T) consult.NoticeOfDisagreement {
			n := valid(t)
			n.Matters = nil
			return n
		}, want: []string{"consult.notice-matters-stated"}},
		{name: "matters and reasons: neither", notice: func(t *testing.T) consult.NoticeOfDisagreement {
			n := valid(t)
			n.Matters, n.Reasons = nil, " "
			return n
		}, want: []string{"consult.notice-matters-stated", "consult.notice-reasons-stated"}},
		{name: "plan: no council areas, built in code", notice: func(t *testing.T) consult.NoticeOfDisagreement {
			n := valid(t)
			n.Plan.Councils = nil
			return n
		}, want: []string{"consult.notice-concerns-plan"}},
		{name: "plan: no period, built in code", notice: func(t *testing.T) consult.NoticeOfDisagreement {
			n := valid(t)
			n.Plan.Period = period.PlanPeriod{}
			return n
		}, want: []string{"consult.notice-concerns-plan"}},
		{name: "issuer: an integration joint board of a plan with no council areas, built in code", notice: func(t *testing.T) consult.NoticeOfDisagreement {
			n := board(dundee, service.IntegrationJointBoard{})(t)
			n.Plan.Councils = nil
			return n
		}, want: []string{"consult.notice-concerns-plan"}},
		{name: "matters: no aspect", notice: func(t *testing.T) consult.NoticeOfDisagreement {
			n := valid(t)
			n.Matters[0].Aspect = " "
			return n
		}, want: []string{"consult.notice-matters-stated"}},
		{name: "matters: no service", notice: func(t *testing.T) consult.NoticeOfDisagreement {
			n := valid(t)
			n.Matters[0].ServiceID, n.Matters[0].ServiceName = "", ""
			return n
		}, want: []string{"consult.notice-matters-stated"}},

		{name: "reasons: given matter by matter", notice: func(t *testing.T) consult.NoticeOfDisagreement {
			n := valid(t)
			n.Matters[0].Reasons, n.Reasons = n.Reasons, ""
			return n
		}, wantEffect: true, wantEffective: []int{0}},
		{name: "reasons: for one matter of two", notice: func(t *testing.T) consult.NoticeOfDisagreement {
			n := valid(t)
			second := n.Matters[0]
			second.Aspect = "Action 4.3 sets a target for joint visits."
			n.Matters[0].Reasons, n.Reasons = n.Reasons, ""
			n.Matters = append(n.Matters, second)
			return n
		}, want: []string{"consult.notice-reasons-stated"}, wantEffect: true, wantEffective: []int{0}},

		{name: "service: the issuer's by name only, against the plan", notice: func(t *testing.T) consult.NoticeOfDisagreement {
			n := valid(t)
			n.Matters[0].ServiceID, n.Matters[0].Provider = "", ""
			n.Matters[0].ServiceName = "youth  diversion FROM prosecution"
			return n
		}, ctx: judged{Plan: dundeePlan()}, wantEffect: true, wantEffective: []int{0}},
		{name: "service: another provider's, by the plan", notice: func(t *testing.T) consult.NoticeOfDisagreement {
			n := valid(t)
			n.Matters[0].ServiceID, n.Matters[0].Provider = "S03", ""
			return n
		}, ctx: judged{Plan: dundeePlan()}, want: []string{"consult.notice-issuer-service"}},
		{name: "service: one matter of two another provider's", notice: func(t *testing.T) consult.NoticeOfDisagreement {
			n := valid(t)
			other := n.Matters[0]
			other.ServiceID, other.ServiceName, other.Provider = "S03", "School counselling", service.ProviderLocalAuthority
			n.Matters = append([]consult.Matter{other}, n.Matters...)
			return n
		}, want: []string{"consult.notice-issuer-service"}, wantEffect: true, wantEffective: []int{1}},

		{name: "service: not in the plan", notice: func(t *testing.T) consult.NoticeOfDisagreement {
			n := valid(t)
			n.Matters[0].ServiceID = "S99"
			return n
		}, ctx: judged{Plan: dundeePlan()}, want: []string{"consult.notice-service-in-plan"}},

		{name: "published: after the day judged", notice: valid,
			ctx:  judged{Context: judgement.Context{AsOf: period.MustParseDate("2026-05-19")}},
			want: []string{"consult.notice-published"}},
		{name: "published: on the day judged", notice: valid,
			ctx: judged{Context: judgement.Context{AsOf: period.MustParseDate("2026-05-20")}}, wantEffect: true, wantEffective: []int{0}},

		{name: "version: the notice's, against that version", notice: version("dundee-csp-2026-v1"),
			ctx: judged{Plan: dundeeVersion("dundee-csp-2026-v1", 0, "", "2026-03-01")}, wantEffect: true, wantEffective: []int{0}},
		{name: "version: the notice's, against its revision", notice: version("dundee-csp-2026-v1"),
			ctx:  judged{Plan: dundeeVersion("dundee-csp-2026-v2", 1, "dundee-csp-2026-v1", "2026-05-01")},
			want: []string{"consult.notice-plan-version"}},
		{name: "version: a revision's, against the original", notice: version("dundee-csp-2026-v2"),
			ctx:  judged{Plan: dundeeVersion("dundee-csp-2026-v1", 0, "", "2026-03-01")},
			want: []string{"consult.notice-plan-version"}},
		{name: "version: named, against a plan with no version ID", notice: version("dundee-csp-2026-v1"),
			ctx:  judged{Plan: dundeePlan()},
			want: []string{"consult.notice-plan-version"}},
		{name: "version: none, against the plan as first prepared", notice: valid,
			ctx: judged{Plan: dundeeVersion("dundee-csp-2026-v1", 0, "", "2026-03-01")}, wantEffect: true, wantEffective: []int{0}},
		{name: "version: none, published after the revision was prepared", notice: valid,
			ctx: judged{Plan: dundeeVersion("dundee-csp-2026-v2", 1, "dundee-csp-2026-v1", "2026-05-01")}, wantEffect: true, wantEffective: []int{0}},
		{name: "version: none, published on the day the revision was prepared", notice: valid,
			ctx: judged{Plan: dundeeVersion("dundee-csp-2026-v2", 1, "dundee-csp-2026-v1", "2026-05-20")}, wantEffect: true, wantEffective: []int{0}},
		{name: "version: none, published before the revision was prepared", notice: valid,
			ctx:  judged{Plan: dundeeVersion("dundee-csp-2026-v2", 1, "dundee-csp-2026-v1", "2026-06-01")},
			want: []string{"consult.notice-plan-version"}},
		{name: "version: none, against a revision not yet prepared", notice: valid,
			ctx:  judged{Plan: dundeeVersion("dundee-csp-2026-v2", 1, "dundee-csp-2026-v1", "")},
			want: []string{"consult.notice-plan-version"}},
		{name: "version: none and unpublished, against a revision", notice: func(t *testing.T) consult.NoticeOfDisagreement {
			n := valid(t)
			n.Published = consult.Publication{}
			return n
		}, ctx: judged{Plan: dundeeVersion("dundee-csp-2026-v2", 1, "dundee-csp-2026-v1", "")},
			want: []string{"consult.notice-published"}},
		{name: "version: named, judged without the plan", notice: version("dundee-csp-2026-v1"), wantEffect: true, wantEffective: []int{0}},
		{name: "version: named, against a version whose revision is not known", notice: version("dundee-csp-2026-v1"),
			ctx: judged{Plan: dundeeVersion("dundee-csp-2026-v1", consult.RevisionUnknown, "", "")}, wantEffect: true, wantEffective: []int{0}},
		{name: "version: none, against a version whose revision is not known", notice: valid,
			ctx:  judged{Plan: dundeeVersion("dundee-csp-2026-v1", consult.RevisionUnknown, "", "")},
			want: []string{"consult.notice-plan-version"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.ctx.notice(t, tt.notice(t))
			if diff := cmp.Diff(tt.want, ruleIDs(r.Findings)); diff != "" {
				t.Errorf("rules (-want +got):\n%s\nfindings: %v", diff, r.Findings)
			}
			if r.HasLegalEffect() != tt.wantEffect {
				t.Errorf("HasLegalEffect() = %v, want %v", r.HasLegalEffect(), tt.wantEffect)
			}
			var effective []int
			for _, m := range r.EffectiveMatters() {
				effective = append(effective, m.Index)
			}
			if diff := cmp.Diff(tt.wantEffective, effective); diff != "" {
				t.Errorf("effective matters (-want +got):\n%s", diff)
			}
		})
	}
}

// TestNoticeFindingMessages checks what a finding on a notice says and
// where it points.
func TestNoticeFindingMessages(t *testing.T) {
	valid := func(t *testing.T) consult.NoticeOfDisagreement { return loadNotice(t, "notice-police-valid.json") }
	withMatter := func(id, name string) func(*testing.T) consult.NoticeOfDisagreement {
		return func(t *testing.T) consult.NoticeOfDisagreement {
			n := valid(t)
			n.Matters[0].ServiceID, n.Matters[0].ServiceName, n.Matters[0].Aspect = id, name, ""
			return n
		}
	}
	againstPeriod := func(p string) judged {
		plan := dundeePlan()
		plan.Period = period.MustParsePlanPeriod(p)
		return judged{Plan: plan}
	}
	tests := []struct {
		name     string
		notice   func(*testing.T) consult.NoticeOfDisagreement
		ctx      judged
		wantPath string // the finding looked at: the one at this path
		wantIn   string
	}{
		{name: "issuer: an organisation", notice: func(t *testing.T) consult.NoticeOfDisagreement {
			return loadNotice(t, "notice-housing-association.json")
		},
			wantPath: "/issuer",
			wantIn:   "An organisation that is neither an other service provider nor the Scottish Ministers (such as a charity or housing association) cannot issue a notice of disagreement"},
		{name: "issuer: the local authority", notice: func(t *testing.T) consult.NoticeOfDisagreement {
			n := valid(t)
			n.Issuer = service.ProviderLocalAuthority
			return n
		}, wantPath: "/issuer", wantIn: "The local authority cannot issue a notice of disagreement"},
		{name: "plan: another period", notice: valid, ctx: againstPeriod("2023-2026"),
			wantPath: "/plan/period", wantIn: "The notice concerns the plan for 2026-2029, not the plan for 2023-2026 it is checked against"},
		{name: "plan: no period, built in code", notice: func(t *testing.T) consult.NoticeOfDisagreement {
			n := valid(t)
			n.Plan.Period = period.PlanPeriod{}
			return n
		}, ctx: againstPeriod("2026-2029"),
			wantPath: "/plan/period", wantIn: "The notice does not name the three-year period of the plan it disagrees with; the notice has no legal effect"},
		{name: "plan: no council areas, built in code", notice: func(t *testing.T) consult.NoticeOfDisagreement {
			n := valid(t)
			n.Plan.Councils = nil
			return n
		}, wantPath: "/plan/councils", wantIn: "The notice does not name the council areas whose plan it disagrees with; the notice has no legal effect"},
		{name: "plan: another council", notice: valid, ctx: judged{Plan: func() consult.PlanServices {
			p := dundeePlan()
			p.Councils = []service.Council{angus, perth}
			return p
		}()}, wantPath: "/plan/councils/0", wantIn: "The notice names Dundee City, which the plan it is checked against does not cover (Angus, Perth and Kinross)"},
		{name: "matter: service named by ID and name", notice: withMatter("S14", "Youth diversion from prosecution"),
			wantPath: "/matters/0/aspect", wantIn: "which aspect of the plan concerning service S14 (Youth diversion from prosecution) the issuer disagrees with"},
		{name: "matter: service named by ID", notice: withMatter("S14", ""),
			wantPath: "/matters/0/aspect", wantIn: "which aspect of the plan concerning service S14 the issuer disagrees with"},
		{name: "matter: service named by name", notice: withMatter("", "Youth diversion from prosecution"),
			wantPath: "/matters/0/aspect", wantIn: `which aspect of the plan concerning service "Youth diversion from prosecution" the issuer disagrees with`},
		{name: "matter: service not named", notice: withMatter("", ""),
			wantPath: "/matters/0/aspect", wantIn: "which aspect of the plan concerning an unnamed service the issuer disagrees with"},
		{name: "issuer: the Scottish Ministers without the plan or a stated prison service", notice: ministers,
			wantPath: "/plan/councils", wantIn: "the judgement context states no such service of theirs in Dundee City on 2026-05-20, so no matter of the notice is shown to concern one"},
		{name: "issuer: the Scottish Ministers, about a service of theirs outside the Prisons Act", notice: ministers,
			ctx:      judged{Plan: withService(dundeePlan(), consult.PlanService{ID: "S14", Name: "National parenting helpline", Provider: service.ProviderScottishMinisters})},
			wantPath: "/matters/0/service_id", wantIn: "The plan records service S14 (Youth diversion from prosecution) as provided by the Scottish Ministers, but not in exercising their functions under the Prisons (Scotland) Act 1989"},
		{name: "version: an earlier version's notice against its revision", notice: version("dundee-csp-2026-v1"),
			ctx:      judged{Plan: dundeeVersion("dundee-csp-2026-v2", 1, "dundee-csp-2026-v1", "2026-05-01")},
			wantPath: "/plan/version", wantIn: `The notice concerns version "dundee-csp-2026-v1" of the plan, the version this plan (revision 1, version "dundee-csp-2026-v2") revises. A revised plan is treated as a new plan (guidance para 119): a notice about one version does not carry to its revision, and an issuer that still disagrees must publish a notice about the revised plan; the notice has no legal effect for this plan`},
		{name: "version: another version's notice", notice: version("dundee-csp-2026-v2"),
			ctx:      judged{Plan: dundeeVersion("dundee-csp-2026-v1", 0, "", "2026-03-01")},
			wantPath: "/plan/version", wantIn: `The notice concerns version "dundee-csp-2026-v2" of the plan, not the version it is checked against (the plan as first prepared, version "dundee-csp-2026-v1")`},
		{name: "version: named, the plan gives none", notice: version("dundee-csp-2026-v1"), ctx: judged{Plan: dundeePlan()},
			wantPath: "/plan/version", wantIn: "gives no version ID, so it cannot be told whether it is that version; the notice is not shown to concern this plan, and has no legal effect for it on these inputs"},
		{name: "version: none, published before the revision", notice: valid,
			ctx:      judged{Plan: dundeeVersion("dundee-csp-2026-v2", 1, "dundee-csp-2026-v1", "2026-06-01")},
			wantPath: "/plan", wantIn: `The notice names no version of the plan, so it concerns the version in force when it was published on 2026-05-20: the version it revises ("dundee-csp-2026-v1"), not this plan (revision 1, version "dundee-csp-2026-v2"), prepared on 2026-06-01`},
		{name: "version: none, the revision's day of preparation unknown", notice: valid,
			ctx:      judged{Plan: dundeeVersion("dundee-csp-2026-v2", 1, "dundee-csp-2026-v1", "")},
			wantPath: "/plan", wantIn: "without the day that revision was prepared it cannot be told whether it was in force then"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.ctx.notice(t, tt.notice(t))
			i := slices.IndexFunc(r.Findings, func(f part3.Finding) bool { return f.Path == tt.wantPath })
			require.GreaterOrEqual(t, i, 0, "no finding at %s: %v", tt.wantPath, r.Findings)
			if !strings.Contains(r.Findings[i].Message, tt.wantIn) {
				t.Errorf("message %q does not contain %q", r.Findings[i].Message, tt.wantIn)
			}
		})
	}
}

// TestNoticeValidateInCode: a notice built in code is refused for a zero
// council, with the council's path.
func TestNoticeValidateInCode(t *testing.T) {
	n := loadNotice(t, "notice-police-valid.json")
	n.Plan.Councils = []service.Council{dundee, {}}
	err := n.Validate()
	var ie *part3.InputError
	require.True(t, errors.As(err, &ie), "error %v is not an InputError", err)
	if !errors.Is(err, part3.ErrMissing) || ie.Path != "/plan/councils/1" {
		t.Errorf("error = %v, want a missing value at /plan/councils/1", err)
	}
}

// ministers is the valid notice issued by the Scottish Ministers about
// service S14.
func ministers(t *testing.T) consult.NoticeOfDisagreement {
	n := loadNotice(t, "notice-police-valid.json")
	n.Issuer = service.ProviderScottishMinisters
	n.Matters[0].Provider = service.ProviderScottishMinisters
	return n
}

// version is the valid notice, naming the version of the plan it concerns.
func version(id string) func(t *testing.T) consult.NoticeOfDisagreement {
	return func(t *testing.T) consult.NoticeOfDisagreement {
		n := loadNotice(t, "notice-police-valid.json")
		n.Plan.Version = id
		return n
	}
}

// dundeeVersion is Dundee's plan as version id: revision n of the version
// revises, prepared on the given day ("" for not known).
func dundeeVersion(id string, n int, revises, prepared string) consult.PlanServices {
	p := dundeePlan()
	p.Version = consult.PlanVersion{ID: id, Revision: n, Revises: revises}
	if prepared != "" {
		p.Version.Prepared = period.MustParseDate(prepared)
	}
	return p
}

// board is the valid notice issued by an integration joint board (named
// by b, or not) about service S14, for the plan of the council areas
// first and more.
func board(first service.Council, b service.IntegrationJointBoard, more ...service.Council) func(t *testing.T) consult.NoticeOfDisagreement {
	return func(t *testing.T) consult.NoticeOfDisagreement {
		n := loadNotice(t, "notice-police-valid.json")
		n.Issuer, n.IntegrationJointBoard = service.ProviderIntegrationJointBoard, b
		n.Plan.Councils = append([]service.Council{first}, more...)
		n.Matters[0].Provider = service.ProviderIntegrationJointBoard
		return n
	}
}

func ijbOf(c service.Council) service.IntegrationJointBoard {
	j, _ := c.IntegrationJointBoard()
	return j
}

// withService is p with its service of the same ID replaced by s.
func withService(p consult.PlanServices, s consult.PlanService) consult.PlanServices {
	p.Services = slices.Clone(p.Services)
	for i := range p.Services {
		if p.Services[i].ID == s.ID {
			p.Services[i] = s
		}
	}
	return p
}

// taysidePlan is the joint plan of Angus, Dundee City and Perth and
// Kinross, whose service S14 is an integration joint board's (b's, or not
// attributed).
func taysidePlan(b service.IntegrationJointBoard) consult.PlanServices {
	p := withService(dundeePlan(), consult.PlanService{ID: "S14", Name: "Youth diversion from prosecution", Provider: service.ProviderIntegrationJointBoard, IntegrationJointBoard: b})
	p.Councils = []service.Council{angus, dundee, perth}
	return p
}

func TestNoticeResolvesServiceIDFromPlan(t *testing.T) {
	n := loadNotice(t, "notice-unpublished.json")
	n.Published = consult.Publication{Date: period.MustParseDate("2026-06-01"), Manner: "website"}
	r := judged{Plan: dundeePlan()}.notice(t, n)
	require.True(t, r.HasLegalEffect(), "findings %v", r.Findings)
	if got := r.EffectiveMatters()[0].ServiceID; got != "S27" {
		t.Errorf("ServiceID = %q, want S27 found by name in the plan", got)
	}
}

// TestNoReplyDemanded: the local authority and the relevant health board
// are not under a duty to respond to a notice of disagreement (guidance
// para 111), so no rule may ask them for one.
func TestNoReplyDemanded(t *testing.T) {
	reply := regexp.MustCompile(`(?i)\b(repl|respon|answer)`)
	var all part3.Findings
	for _, file := range []string{"notice-police-valid.json", "notice-housing-association.json", "notice-not-issuer-service.json", "notice-no-reasons.json", "notice-unpublished.json"} {
		n := loadNotice(t, file)
		all = append(all, judged{}.notice(t, n).Findings...)
		all = append(all, judged{Plan: dundeePlan(), Context: judgement.Context{AsOf: period.MustParseDate("2026-05-01")}}.notice(t, n).Findings...)
	}
	require.NotEmpty(t, all)
	for _, f := range all {
		if reply.MatchString(f.Message) {
			t.Errorf("finding asks for a reply: %v", f)
		}
	}
	for _, r := range consult.Rules() {
		if strings.HasPrefix(r.ID, "consult.notice-") && reply.MatchString(r.Summary) {
			t.Errorf("rule %s asks for a reply: %s", r.ID, r.Summary)
		}
	}
}

func TestDecodeNoticeErrors(t *testing.T) {
	const plan = `"plan":{"councils":["Dundee City"],"period":"2026-2029"}`
	tests := []struct {
		name     string
		doc      string
		category error
		path     string
	}{
		{"not JSON", `{"kind":`, part3.ErrSyntax, "/kind"},
		{"no kind", `{"issuer":"police-scotland",` + plan + `}`, part3.ErrWrongKind, "/kind"},
		{"another kind", `{"kind":"annual-report","issuer":"police-scotland",` + plan + `}`, part3.ErrWrongKind, "/kind"},
		{"unknown field", `{"kind":"notice-of-disagreement","issuer":"police-scotland",` + plan + `,"reply_by":"2026-06-01"}`, part3.ErrUnknownField, "/reply_by"},
		{"duplicate field", `{"kind":"notice-of-disagreement","issuer":"police-scotland","issuer":"police-scotland",` + plan + `}`, part3.ErrDuplicateField, "/issuer"},
		{"no issuer", `{"kind":"notice-of-disagreement",` + plan + `}`, part3.ErrMissing, "/issuer"},
		{"unknown issuer", `{"kind":"notice-of-disagreement","issuer":"housing-association",` + plan + `}`, part3.ErrInvalidValue, "/issuer"},
		{"no plan", `{"kind":"notice-of-disagreement","issuer":"police-scotland"}`, part3.ErrMissing, "/plan/councils"},
		{"no period", `{"kind":"notice-of-disagreement","issuer":"police-scotland","plan":{"councils":["Dundee City"]}}`, part3.ErrMissing, "/plan/period"},
		{"unknown council", `{"kind":"notice-of-disagreement","issuer":"police-scotland","plan":{"councils":["Gotham City"],"period":"2026-2029"}}`, part3.ErrInvalidValue, "/plan/councils/0"},
		{"council twice", `{"kind":"notice-of-disagreement","issuer":"police-scotland","plan":{"councils":["Dundee City","S12000042"],"period":"2026-2029"}}`, part3.ErrDuplicateID, "/plan/councils/1"},
		{"not a plan period", `{"kind":"notice-of-disagreement","issuer":"police-scotland","plan":{"councils":["Dundee City"],"period":"2021-2023"}}`, part3.ErrInvalidValue, "/plan/period"},
		{"impossible date", `{"kind":"notice-of-disagreement","issuer":"police-scotland",` + plan + `,"published":{"date":"2026-02-29"}}`, part3.ErrInvalidValue, "/published/date"},
		{"unknown board", `{"kind":"notice-of-disagreement","issuer":"integration-joint-board","integration_joint_board":"Gotham IJB",` + plan + `}`, part3.ErrInvalidValue, "/integration_joint_board"},
		{"a board for another issuer", `{"kind":"notice-of-disagreement","issuer":"police-scotland","integration_joint_board":"S37000007",` + plan + `}`, part3.ErrInvalidValue, "/integration_joint_board"},
		{"retired prisons flag", `{"kind":"notice-of-disagreement","issuer":"scottish-ministers","prisons_act_function":true,` + plan + `}`, part3.ErrUnknownField, "/prisons_act_function"},
		{"matters not an array", `{"kind":"notice-of-disagreement","issuer":"police-scotland",` + plan + `,"matters":{}}`, part3.ErrWrongType, "/matters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := consult.DecodeNotice("n.json", []byte(tt.doc))
			var ie *part3.InputError
			require.True(t, errors.As(err, &ie), "error %v is not an InputError", err)
			if !errors.Is(err, tt.category) || ie.Path != tt.path || ie.File != "n.json" {
				t.Errorf("error = %v (category %v, path %q), want category %v at %q", err, ie.Category, ie.Path, tt.category, tt.path)
			}
		})
	}
}

// TestDecodeNoticeRetiredMember: the member prisons_act_function, which
// notices of the Scottish Ministers once had to carry, is refused with an
// error that says what replaced it, not accepted to no effect.
func TestDecodeNoticeRetiredMember(t *testing.T) {
	for _, v := range []string{"true", "false"} {
		doc := `{"kind":"notice-of-disagreement","issuer":"scottish-ministers","prisons_act_function":` + v + `,"plan":{"councils":["Perth and Kinross"],"period":"2026-2029"}}`
		_, err := consult.DecodeNotice("n.json", []byte(doc))
		require.Error(t, err)
		for _, want := range []string{"n.json", "/prisons_act_function", "no longer a member of a notice of disagreement", "Prisons (Scotland) Act 1989", "remove the member"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("error %q does not contain %q", err, want)
			}
		}
	}
	// In a list of notices, as a duty question holds them.
	ie := &part3.InputError{Path: "/implementation/notices/2/prisons_act_function", Category: part3.ErrUnknownField}
	if err := consult.ExplainRetired(ie); !strings.Contains(err.Error(), "no longer a member") {
		t.Errorf("in a list: %v", err)
	}
	// The same name elsewhere is left as it was.
	for _, path := range []string{"/implementation/prisons_act_function", "/notices/prisons_act_function", "/plan/prisons_act_function"} {
		ie := &part3.InputError{Path: path, Category: part3.ErrUnknownField}
		if err := consult.ExplainRetired(ie); err != error(ie) {
			t.Errorf("%s: changed to %v", path, err)
		}
	}
}

func TestNoticeJSONRoundTrip(t *testing.T) {
	n := loadNotice(t, "notice-police-valid.json")
	b, err := json.Marshal(n, json.Deterministic(true))
	require.NoError(t, err)
	back, err := consult.DecodeNotice("again", b)
	require.NoError(t, err)
	if diff := cmp.Diff(n, back, cmp.Comparer(func(a, b service.Council) bool { return a == b }),
		cmp.Comparer(func(a, b service.IntegrationJointBoard) bool { return a == b }),
		cmp.Comparer(func(a, b period.PlanPeriod) bool { return a == b }),
		cmp.Comparer(func(a, b period.Date) bool { return a == b })); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

// TestNoticeSchemaMatchesDecoder checks that the schema names exactly the
// fields the decoder accepts.
func TestNoticeSchemaMatchesDecoder(t *testing.T) {
	var schema map[string]any
	require.NoError(t, json.Unmarshal(consult.NoticeSchema(), &schema))
	props := func(m map[string]any) []string {
		var out []string
		for k := range m["properties"].(map[string]any) {
			out = append(out, k)
		}
		return sortedStrings(out)
	}
	top := schema["properties"].(map[string]any)
	tests := []struct {
		name string
		got  []string
		v    any
	}{
		{"notice", props(schema), consult.NoticeOfDisagreement{}},
		{"plan", props(top["plan"].(map[string]any)), consult.NoticePlan{}},
		{"matter", props(top["matters"].(map[string]any)["items"].(map[string]any)), consult.Matter{}},
		{"published", props(top["published"].(map[string]any)), consult.Publication{}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(jsonFields(tt.v), tt.got); diff != "" {
			t.Errorf("%s: schema properties (-decoder +schema):\n%s", tt.name, diff)
		}
	}
	// Every provider form the decoder accepts is in the schema's enum.
	enum := top["issuer"].(map[string]any)["enum"].([]any)
	var forms []string
	for _, e := range enum {
		forms = append(forms, e.(string))
	}
	var want []string
	for _, p := range service.Providers() {
		want = append(want, string(p))
	}
	if diff := cmp.Diff(sortedStrings(want), sortedStrings(forms)); diff != "" {
		t.Errorf("issuer enum (-providers +schema):\n%s", diff)
	}
}

// TestNoticeSampleVersion: the sample naming the version of the plan it
// concerns has effect against that version, none against its revision,
// and cannot be matched to a plan that gives no version ID.
func TestNoticeSampleVersion(t *testing.T) {
	n := loadNotice(t, "notice-police-version.json")
	for _, tt := range []struct {
		name string
		plan consult.PlanServices
		want bool
	}{
		{"on its own terms", consult.PlanServices{}, true},
		{"against that version", dundeeVersion("dundee-csp-2026-v1", 0, "", "2026-03-20"), true},
		{"against its revision", dundeeVersion("dundee-csp-2026-v2", 1, "dundee-csp-2026-v1", "2027-02-10"), false},
		{"against a plan with no version ID", dundeePlan(), false},
	} {
		r := judged{Plan: tt.plan}.notice(t, n)
		if r.HasLegalEffect() != tt.want {
			t.Errorf("%s: legal effect %v, want %v; findings %v", tt.name, r.HasLegalEffect(), tt.want, r.Findings)
		}
	}
}

// TestNoticeSamplesJointPlan checks the samples of a board's notice on a
// joint plan and of the Scottish Ministers' notice about a prison service,
// on their own and against the plan.
func TestNoticeSamplesJointPlan(t *testing.T) {
	plan := consult.PlanServices{
		Councils: []service.Council{angus, dundee, perth},
		Period:   period.MustParsePlanPeriod("2026-2029"),
		Services: []consult.PlanService{
			{ID: "S40", Name: "Child and adolescent mental health services in Angus", Provider: service.ProviderIntegrationJointBoard, IntegrationJointBoard: ijbOf(angus)},
			{ID: "S20", Name: "Family visits at HMP Perth", Provider: service.ProviderScottishMinisters, PrisonsActFunction: true},
		},
	}
	for _, file := range []string{"notice-ijb-tayside.json", "notice-ministers-prison.json"} {
		for _, ctx := range []judged{{Context: judgement.Context{PrisonServices: prisonIn(perth)}}, {Plan: plan, Context: judgement.Context{AsOf: period.MustParseDate("2026-11-26")}}} {
			r := ctx.notice(t, loadNotice(t, file))
			if len(r.Findings) != 0 || !r.HasLegalEffect() {
				t.Errorf("%s (against the plan: %v): findings %v", file, r.CheckedAgainstPlan, r.Findings)
			}
		}
	}
}

// TestDecodeNoticeSuggests: a misspelt value or member is told the one
// probably meant.
func TestDecodeNoticeSuggests(t *testing.T) {
	_, err := consult.DecodeNotice("n.json", []byte(`{"kind": "notice-of-disagreemnt", "issuer": "Police Scotland", "plan": {"councils": ["Fife"], "period": "2026-2029"}, "matters": [], "publishd": {}}`))
	require.ErrorContains(t, err, `kind "notice-of-disagreemnt"; did you mean "notice-of-disagreement"?`)
	var ie *part3.InputError
	require.ErrorAs(t, err, &ie)
	var all []string
	for _, p := range ie.Problems() {
		all = append(all, p.Error())
	}
	require.Contains(t, strings.Join(all, "\n"), `unknown provider "Police Scotland"; did you mean "police-scotland"?`)
	require.Contains(t, strings.Join(all, "\n"), `"publishd" is not a field here; did you mean "published"?`)

	_, err = consult.ParseMeans("meetings")
	require.EqualError(t, err, `unknown means "meetings"; did you mean "meeting"? (expected one of planning-group-seat, meeting, consultation-event, written-submission, data-request, survey, other)`)
}
