package consult_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/internal/testjson"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

func addSeeds(f *testing.F, prefix string) {
	files, err := filepath.Glob(filepath.Join("testdata", prefix+"*.json"))
	if err != nil {
		f.Fatal(err)
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

// FuzzNotice decodes and checks notices: no input may panic, a decoded
// notice checks with and without a plan, and a notice with legal effect has
// no finding that denies it.
func FuzzNotice(f *testing.F) {
	addSeeds(f, "notice-")
	plan := consult.PlanServices{
		Councils: []service.Council{service.MustLookupCouncil("Dundee City")},
		Period:   period.MustParsePlanPeriod("2026-2029"),
		Services: []consult.PlanService{{ID: "S14", Name: "Youth diversion from prosecution", Provider: service.ProviderPoliceScotland}},
	}
	angus, _ := service.MustLookupCouncil("Angus").IntegrationJointBoard()
	tayside := consult.PlanServices{
		Councils: []service.Council{service.MustLookupCouncil("Angus"), service.MustLookupCouncil("Dundee City"), service.MustLookupCouncil("Perth and Kinross")},
		Period:   period.MustParsePlanPeriod("2026-2029"),
		Services: []consult.PlanService{
			{ID: "S40", Name: "Child and adolescent mental health services in Angus", Provider: service.ProviderIntegrationJointBoard, IntegrationJointBoard: angus},
			{ID: "S41", Name: "Community paediatrics", Provider: service.ProviderIntegrationJointBoard},
			{ID: "S20", Name: "Family visits at HMP Perth", Provider: service.ProviderScottishMinisters, PrisonsActFunction: true},
		},
	}
	commenced := judgement.Context{Act2026Section60: period.MustParseDate("2026-06-01")}
	f.Fuzz(func(t *testing.T, data []byte) {
		testjson.SameInPlace[consult.NoticeOfDisagreement](t, data)
		n, err := consult.DecodeNotice("fuzz.json", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.json") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		for _, ctx := range []judged{{}, {Plan: plan, Context: judgement.Context{AsOf: period.MustParseDate("2026-06-01")}},
			{Plan: tayside}, {Context: commenced}} {
			r := ctx.notice(t, n)
			if r.HasLegalEffect() != (len(r.EffectiveMatters()) > 0) {
				t.Fatalf("HasLegalEffect %v with %d effective matters", r.HasLegalEffect(), len(r.EffectiveMatters()))
			}
			if len(r.Matters) != len(n.Matters) {
				t.Fatalf("%d matter results for %d matters", len(r.Matters), len(n.Matters))
			}
			if len(r.Findings) == 0 && len(n.Matters) > 0 && !r.HasLegalEffect() {
				t.Fatalf("no legal effect and no finding saying why")
			}
		}
	})
}

// FuzzRecord decodes and checks preparation records: no input may panic.
func FuzzRecord(f *testing.F) {
	addSeeds(f, "record-")
	ctx := judged{
		Scope: consult.Scope{
			Councils: []service.Council{service.MustLookupCouncil("Dundee City"), service.MustLookupCouncil("Angus")},
			Period:   period.MustParsePlanPeriod("2026-2029"),
		},
		Context: judgement.Context{PrisonServices: prisonIn(service.MustLookupCouncil("Dundee City"))},
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		testjson.SameInPlace[consult.Record](t, data)
		r, err := consult.DecodeRecord("fuzz.json", data)
		if err != nil {
			return
		}
		ctx.record(t, r)
		judged{}.record(t, r)
	})
}
