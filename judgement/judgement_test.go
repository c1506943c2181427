package judgement_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

func read(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return data
}

func TestDecodeSamples(t *testing.T) {
	for _, name := range []string{"context-as-of.json", "context-highland-coronavirus.json", "context-full.json"} {
		t.Run(name, func(t *testing.T) {
			c, err := judgement.Decode(name, read(t, name))
			require.NoError(t, err)
			require.NoError(t, c.Validate())
		})
	}
}

func TestFullSampleReadsEveryMember(t *testing.T) {
	c, err := judgement.Decode("context-full.json", read(t, "context-full.json"))
	require.NoError(t, err)
	law, err := c.Law()
	require.NoError(t, err)
	on := period.MustParseDate("2027-06-01")
	if !law.Section60InForce(on) {
		t.Error("section 60 not in force on 2027-06-01")
	}
	if _, ok := law.Register().Lookup("skills-development-scotland", on); !ok {
		t.Error("the s.7(5) addition is not on the register")
	}
	drugs := service.Service{ID: "S9", Name: "Adult drug and alcohol services", Provider: service.ProviderRelevantHealthBoard}
	if got := service.Classify(drugs, on, law).Kind; got != service.RelatedService {
		t.Errorf("kind under the s.7(3) order = %v, want related-service", got)
	}
	if got := judgement.DirectionsInForce(c.Directions, on); len(got) != 1 {
		t.Errorf("directions in force = %v, want one", got)
	}
	if got := c.OutcomesFor(period.MustParseReportingPeriod("2027-2028")); len(got) != 1 {
		t.Errorf("outcomes for 2027-2028 = %v", got)
	}
	if got := c.OutcomesFor(period.MustParseReportingPeriod("2026-2027")); len(got) != 0 {
		t.Errorf("outcomes for 2026-2027 = %v, want none", got)
	}
	if _, ok := c.ReportReliefFor(period.MustParseReportingPeriod("2026-2027")); !ok {
		t.Error("no relief for the 2026-2027 report")
	}
	fife := []service.Council{service.MustLookupCouncil("Fife")}
	if _, ok := c.TimePassedFor(judgement.DutyPublishPlan, fife, period.MustParsePlanPeriod("2026-2029"), 0); !ok {
		t.Error("no time-passed fact for Fife's 2026-2029 publication")
	}
	if _, ok := c.TimePassedFor(judgement.DutyPublishPlan, fife, period.MustParsePlanPeriod("2026-2029"), 1); ok {
		t.Error("the fact about the plan as first prepared was read for its first revision")
	}
	a, ok := c.AimsNotInViewFor(fife, period.MustParsePlanPeriod("2026-2029"), 0)
	if !ok || !a.Covers("best_use_of_resources") || a.Covers("wellbeing") {
		t.Errorf("aims-not-in-view fact = %+v, %v", a, ok)
	}
	falkirk := []service.Council{service.MustLookupCouncil("Falkirk")}
	if p, ok := c.MinistersProvidePrisonService(falkirk, on); !ok || p.Words() != "HMP YOI Polmont in Falkirk" {
		t.Errorf("prison service in Falkirk = %+v, %v", p, ok)
	}
	if _, ok := c.MinistersProvidePrisonService(fife, on); ok {
		t.Error("a prison service in Fife, where none is stated")
	}
}

func TestPolicyLimits(t *testing.T) {
	tests := []struct {
		name   string
		policy judgement.Policy
		want   string
	}{
		{"module default", judgement.Policy{}, "the module's default of 28 days (no law or guidance sets a number; set your partnership's own)"},
		{"partnership's own", judgement.Policy{CopyDays: 14}, "the partnership's own limit of 14 days"},
		{"one day", judgement.Policy{CopyDays: 1}, "the partnership's own limit of 1 day"},
		{"no limit", judgement.Policy{CopyDays: -1}, "no limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.policy.Copy().String()); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
	p := judgement.Policy{}
	if p.Report().Days != 183 || p.AdvanceNotice().Days != 14 || p.Window().Days != 28 {
		t.Errorf("defaults = %v %v %v", p.Report(), p.AdvanceNotice(), p.Window())
	}
}

func TestValidateRefuses(t *testing.T) {
	asOf := period.MustParseDate("2026-11-26")
	fife := []service.Council{service.MustLookupCouncil("Fife")}
	pp := period.MustParsePlanPeriod("2026-2029")
	tests := []struct {
		name     string
		ctx      judgement.Context
		path     string
		category error
	}{
		{"no as-of date", judgement.Context{}, "/as_of", part3.ErrMissing},
		{"wrong kind", judgement.Context{Kind: "judgment-context", AsOf: asOf}, "/kind", part3.ErrWrongKind},
		{"section 60 in 2007, a typo for 2027", judgement.Context{AsOf: asOf, Act2026Section60: period.MustParseDate("2007-04-01")}, "/act_2026_s60_commencement", part3.ErrInvalidValue},
		{"section 60 the day before enactment", judgement.Context{AsOf: asOf, Act2026Section60: period.MustParseDate("2026-05-14")}, "/act_2026_s60_commencement", part3.ErrInvalidValue},
		{"relief without a period", judgement.Context{AsOf: asOf, Reliefs: []judgement.Relief{{Duty: "s8-prepare-plan", Until: asOf, Citation: part3.Legislation("Coronavirus (Scotland) Act 2020", "")}}}, "/reliefs/0/plan_period", part3.ErrMissing},
		{"relief of an unknown duty", judgement.Context{AsOf: asOf, Reliefs: []judgement.Relief{{Duty: "s9-aims", Until: asOf}}}, "/reliefs/0/duty", part3.ErrDanglingReference},
		{"policy beyond ten years", judgement.Context{AsOf: asOf, Policy: judgement.Policy{ReportDays: 5000}}, "/policy/report_days", part3.ErrInvalidValue},
		{"prison service without a council", judgement.Context{AsOf: asOf, PrisonServices: []judgement.PrisonService{{Name: "HMP Perth"}}}, "/prison_services/0/council", part3.ErrMissing},
		{"fact without a source", judgement.Context{AsOf: asOf, Facts: judgement.Facts{TimePassed: []judgement.TimePassed{{Duty: "s10-publish-plan", Councils: fife, PlanPeriod: pp, By: asOf}}}}, "/facts/reasonably_practicable_time_passed/0/source", part3.ErrMissing},
		{"fact without councils", judgement.Context{AsOf: asOf, Facts: judgement.Facts{TimePassed: []judgement.TimePassed{{Duty: "s10-publish-plan", PlanPeriod: pp, By: asOf, Source: "x"}}}}, "/facts/reasonably_practicable_time_passed/0/councils", part3.ErrMissing},
		{"time passed for the duty to prepare", judgement.Context{AsOf: asOf, Facts: judgement.Facts{TimePassed: []judgement.TimePassed{{Duty: "s8-prepare-plan", Councils: fife, PlanPeriod: pp, By: asOf, Source: "x"}}}}, "/facts/reasonably_practicable_time_passed/0/duty", part3.ErrDanglingReference},
		{"an aim that is not one", judgement.Context{AsOf: asOf, Facts: judgement.Facts{AimsNotInView: []judgement.AimsNotInView{{Councils: fife, PlanPeriod: pp, Aims: []string{"equity"}, Source: "x"}}}}, "/facts/aims_not_in_view/0/aims/0", part3.ErrInvalidValue},
		{"a direction naming nobody", judgement.Context{AsOf: asOf, Directions: []judgement.Direction{{ID: "d", Made: asOf}}}, "/directions/0/persons", part3.ErrMissing},
		{"a register change that cannot apply", judgement.Context{AsOf: asOf, RegisterChanges: []service.RegisterChange{{Action: service.ActionRemove, Effective: asOf, Entry: service.OtherServiceProvider{ID: "no-such-body"}}}}, "/register_changes/0", part3.ErrInvalidValue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.ctx.Validate()
			var ie *part3.InputError
			require.ErrorAs(t, err, &ie)
			if ie.Path != tt.path || !errors.Is(err, tt.category) {
				t.Errorf("error %v: path %q, want %q; category %v", err, ie.Path, tt.path, tt.category)
			}
		})
	}
	if err := judgement.New(asOf).Validate(); err != nil {
		t.Errorf("New(asOf).Validate() = %v", err)
	}
}

func TestDecodeNamesFileAndPath(t *testing.T) {
	_, err := judgement.Decode("ctx.json", []byte(`{"kind": "judgement-context", "as_of": "2026-11-26", "polciy": {}}`))
	require.Error(t, err)
	if !strings.Contains(err.Error(), "ctx.json") || !errors.Is(err, part3.ErrUnknownField) {
		t.Errorf("error = %v", err)
	}
	_, err = judgement.Decode("ctx.json", []byte(`{"kind": "judgement-context", "act_2026_s60_commencement": "0001-01-01"}`))
	var ie *part3.InputError
	require.ErrorAs(t, err, &ie)
	if ie.File != "ctx.json" || ie.Path != "/act_2026_s60_commencement" {
		t.Errorf("error = %v", err)
	}
	c, err := judgement.Decode("ctx.json", []byte(`{"kind": "judgement-context"}`))
	require.NoError(t, err, "as_of may come with the judgement instead")
	if !errors.Is(c.Validate(), part3.ErrMissing) {
		t.Error("a context without as_of validated")
	}
}

func TestVersionSaysWhatApplied(t *testing.T) {
	c, err := judgement.Decode("context-full.json", read(t, "context-full.json"))
	require.NoError(t, err)
	v := c.Version(c.AsOf).String()
	for _, want := range []string{"section 60", "s.7(5)", "s.7(3)", "2027-youth-parliament", "attendance", "relief relied on for s13-annual-report"} {
		if !strings.Contains(v, want) {
			t.Errorf("version %q lacks %q", v, want)
		}
	}
	d := judgement.New(c.AsOf).Version(c.AsOf).String()
	for _, want := range []string{"no order under s.7(3)", "no direction under s.10(1)(b)(iii) in force", "no outcome prescribed"} {
		if !strings.Contains(d, want) {
			t.Errorf("default version %q lacks %q", d, want)
		}
	}
}
