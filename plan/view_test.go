package plan

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

func TestPlanServices(t *testing.T) {
	fife := load(t, "fife-2023-2026.json")
	tayside := load(t, "tayside-2023-2026.json")
	fifeIJB, _ := service.MustLookupCouncil("Fife").IntegrationJointBoard()
	tests := []struct {
		name string
		p    Plan
		id   string
		want consult.PlanService
	}{
		{
			name: "a single area's board is named",
			p:    fife, id: "S10",
			want: consult.PlanService{ID: "S10", Name: "Alcohol and drug partnership services",
				Provider: service.ProviderIntegrationJointBoard, IntegrationJointBoard: fifeIJB},
		},
		{
			name: "a joint plan's board service in every area names no one board",
			p:    tayside, id: "TS08",
			want: consult.PlanService{ID: "TS08", Name: "Adult alcohol and drug services",
				Provider: service.ProviderIntegrationJointBoard},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got consult.PlanService
			for _, s := range tt.p.PlanServices().Services {
				if s.ID == tt.id {
					got = s
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("PlanServices for %s (-want +got):\n%s", tt.id, diff)
			}
		})
	}
}

// TestPlanServicesMinistersNotice: a notice of the Scottish Ministers about a
// prison service in the plan has legal effect; about their service that is
// not a prison function it has none (s.10(8), guidance para 108).
func TestPlanServicesMinistersNotice(t *testing.T) {
	p := load(t, "fife-2023-2026.json")
	p.Services = append(p.Services,
		Service{Service: service.Service{ID: "SP1", Name: "Family contact at HMP Perth", Provider: service.ProviderScottishMinisters,
			PrisonsActFunction: true, SignificantEffectOnWellbeing: true}},
		Service{Service: service.Service{ID: "SM1", Name: "A national helpline", Provider: service.ProviderScottishMinisters,
			SignificantEffectOnWellbeing: true}})
	notice := func(id string) consult.NoticeOfDisagreement {
		return consult.NoticeOfDisagreement{
			Kind:      consult.NoticeKind,
			Issuer:    service.ProviderScottishMinisters,
			Plan:      consult.NoticePlan{Councils: []service.Council{service.MustLookupCouncil("Fife")}, Period: p.Period},
			Matters:   []consult.Matter{{ServiceID: id, Aspect: "the visiting arrangements"}},
			Reasons:   "Visits are set by the prison's regime.",
			Published: consult.Publication{Date: period.MustParseDate("2023-06-01"), Manner: "on the Scottish Prison Service website"},
		}
	}
	for _, tt := range []struct {
		id   string
		want bool
	}{{"SP1", true}, {"SM1", false}} {
		r, err := notice(tt.id).JudgeAgainstPlan(p.PlanServices(), judgement.New(asOf))
		require.NoError(t, err)
		if r.HasLegalEffect() != tt.want {
			t.Errorf("Ministers' notice about %s: legal effect %v, want %v; findings %v", tt.id, r.HasLegalEffect(), tt.want, r.Findings)
		}
	}
}

// TestPlanServicesVersion: the view says which version of the plan it is,
// so that a notice about an earlier version is not taken to concern a
// revision (guidance para 119).
func TestPlanServicesVersion(t *testing.T) {
	original := load(t, "fife-2023-2026.json")
	revision := load(t, "fife-2023-2026-revision-1.json")
	rv := revision.PlanServices().Version
	want := consult.PlanVersion{ID: revision.Version.ID, Revision: revision.Version.Revision, Revises: revision.Version.Revises,
		Prepared: revision.Publication.Prepared}
	if diff := cmp.Diff(want, rv); diff != "" {
		t.Errorf("revision's version (-want +got):\n%s", diff)
	}
	require.NotEmpty(t, original.Version.ID, "the sample original names its version")
	for _, tt := range []struct {
		name    string
		version string
		plan    Plan
		want    bool
	}{
		{"a notice on the original, against the original", original.Version.ID, original, true},
		{"a notice on the original, against its revision", original.Version.ID, revision, false},
		{"a notice on the revision, against the revision", revision.Version.ID, revision, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			n := consult.NoticeOfDisagreement{
				Kind:      consult.NoticeKind,
				Issuer:    service.ProviderPoliceScotland,
				Plan:      consult.NoticePlan{Councils: tt.plan.Partnership.Councils(), Period: tt.plan.Period, Version: tt.version},
				Matters:   []consult.Matter{{ServiceID: policeService(t, tt.plan), Aspect: "the referral targets"}},
				Reasons:   "Referrals are an operational matter.",
				Published: consult.Publication{Date: period.MustParseDate("2025-01-10"), Manner: "website"},
			}
			r, err := n.JudgeAgainstPlan(tt.plan.PlanServices(), judgement.New(asOf))
			require.NoError(t, err)
			if r.HasLegalEffect() != tt.want {
				t.Errorf("legal effect %v, want %v; findings %v", r.HasLegalEffect(), tt.want, r.Findings)
			}
		})
	}
}

// policeService is the ID of a service of Police Scotland in p.
func policeService(t *testing.T, p Plan) string {
	t.Helper()
	for _, s := range p.Services {
		if s.Provider == service.ProviderPoliceScotland {
			return s.ID
		}
	}
	t.Fatal("the plan has no service of Police Scotland")
	return ""
}
