package service

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/period"
)

var day = period.MustDate(2026, 4, 1)

// TestClassifyGuidanceExamples classifies the examples guidance appendix D
// gives of children's services and related services, and the cases at the
// edge of s.7(2).
func TestClassifyGuidanceExamples(t *testing.T) {
	forChildren := func(id string, p Provider) Service {
		return Service{ID: id, Name: id, Provider: p, WhollyOrMainlyForChildren: true, SignificantEffectOnWellbeing: true}
	}
	related := func(id string, p Provider) Service {
		return Service{ID: id, Name: id, Provider: p, SignificantEffectOnWellbeing: true}
	}
	tests := []struct {
		name string
		s    Service
		want ServiceKind
		// cites are the citations of the reasons, in order.
		cites []string
	}{
		{"schools", forChildren("schools", ProviderLocalAuthority), ChildrensService, []string{"s.7(2)", "s.7(1)", "s.7(1)"}},
		{"health visiting", forChildren("health visiting", ProviderRelevantHealthBoard), ChildrensService, []string{"s.7(2)", "s.7(1)", "s.7(1)"}},
		{"CAMHS", forChildren("CAMHS", ProviderRelevantHealthBoard), ChildrensService, []string{"s.7(2)", "s.7(1)", "s.7(1)"}},
		{"youth justice", forChildren("youth justice", ProviderLocalAuthority), ChildrensService, []string{"s.7(2)", "s.7(1)", "s.7(1)"}},
		{"adoption", forChildren("adoption and permanence", ProviderLocalAuthority), ChildrensService, []string{"s.7(2)", "s.7(1)", "s.7(1)"}},
		{"children's hearings", forChildren("children's hearings", ProviderNationalConvener), ChildrensService, []string{"s.7(2)", "s.7(1)", "s.7(1)"}},
		{"leisure", related("leisure", ProviderLocalAuthority), RelatedService, []string{"s.7(2)", "s.7(1)", "s.7(1)", "s.7(1)"}},
		{"housing", related("housing", ProviderLocalAuthority), RelatedService, []string{"s.7(2)", "s.7(1)", "s.7(1)", "s.7(1)"}},
		{"drug and alcohol", related("drug and alcohol services", ProviderIntegrationJointBoard), RelatedService, []string{"s.7(2)", "s.7(1)", "s.7(1)", "s.7(1)"}},
		{"fire safety visits", related("home fire safety visits", ProviderScottishFireAndRescueService), RelatedService, []string{"s.7(2)", "s.7(1)", "s.7(1)", "s.7(1)"}},
		{"no significant effect", Service{ID: "x", Name: "street lighting", Provider: ProviderLocalAuthority}, OutsidePart3, []string{"s.7(2)", "s.7(1)", "s.7(1)"}},
		{"charity's service", forChildren("charity youth club", ProviderOtherOrganisation), OutsidePart3, []string{"s.7(2)", "s.10(2)(b)"}},
		{"charity's service with no effect on children", Service{ID: "x", Name: "garden centre", Provider: ProviderOtherOrganisation}, OutsidePart3, []string{"s.7(2)"}},
		{"Ministers, not prisons", related("social security advice", ProviderScottishMinisters), OutsidePart3, []string{"s.7(2)"}},
		{"Ministers, prisons", Service{ID: "p", Name: "prison family visits", Provider: ProviderScottishMinisters, PrisonsActFunction: true, SignificantEffectOnWellbeing: true}, RelatedService, []string{"s.7(2)", "s.7(1)", "s.7(1)", "s.7(1)"}},
		{"Ministers, prisons, for children", Service{ID: "p", Name: "young offenders' institution", Provider: ProviderScottishMinisters, PrisonsActFunction: true, WhollyOrMainlyForChildren: true}, ChildrensService, []string{"s.7(2)", "s.7(1)", "s.7(1)"}},
		{"prisons flag ignored for a council", Service{ID: "p", Name: "x", Provider: ProviderLocalAuthority, PrisonsActFunction: true}, OutsidePart3, []string{"s.7(2)", "s.7(1)", "s.7(1)"}},
		{"no provider", Service{ID: "p", Name: "x", WhollyOrMainlyForChildren: true}, OutsidePart3, []string{"s.7(2)"}},
		{"unknown provider", Service{ID: "p", Name: "x", Provider: "scottish-prison-service", WhollyOrMainlyForChildren: true}, OutsidePart3, []string{"s.7(2)"}},
		{"particular need", Service{ID: "d", Name: "disability support", Provider: ProviderLocalAuthority, WhollyOrMainlyForChildren: true, ParticularNeed: "children with a disability"}, ChildrensService, []string{"s.7(2)", "s.7(1)", "s.7(1)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Classify(tt.s, day, DefaultLaw())
			if c.Kind != tt.want {
				t.Errorf("kind = %s, want %s; reasons: %v", c.Kind, tt.want, c)
			}
			var cites []string
			for _, r := range c.Reasons {
				cites = append(cites, r.Citation.String())
				require.NotEmpty(t, r.Text)
			}
			if diff := cmp.Diff(tt.cites, cites); diff != "" {
				t.Errorf("citations (-want +got)\n%s\n%v", diff, c)
			}
			require.Equal(t, day, c.Law.On)
		})
	}
}

func TestClassifyReasons(t *testing.T) {
	c := Classify(Service{ID: "c", Name: "Youth club", Provider: ProviderOtherOrganisation, WhollyOrMainlyForChildren: true}, day, DefaultLaw())
	require.Contains(t, c.Reasons[1].Text, "must consult on the plan (s.10(1)(b)(i))")
	c = Classify(Service{ID: "m", Name: "Benefits", Provider: ProviderScottishMinisters, SignificantEffectOnWellbeing: true}, day, DefaultLaw())
	require.Contains(t, c.Reasons[0].Text, "other than in exercising their functions under the Prisons (Scotland) Act 1989")
	c = Classify(Service{ID: "p", Name: "Diversion", Provider: ProviderPrincipalReporter, WhollyOrMainlyForChildren: true}, day, DefaultLaw())
	require.Equal(t, `childrens-service: s.7(2): the Principal Reporter, an other service provider listed in s.7(1), provides "Diversion"; s.7(1): "Diversion" is provided wholly or mainly to, or for the benefit of, children generally; s.7(1): so it is a children's service`, c.String())
}

// TestClassifyRegisterChanges: a provider removed from, or added to, the
// list of other service providers by a s.7(5) order.
func TestClassifyRegisterChanges(t *testing.T) {
	law, err := DefaultLaw().WithRegisterChange(RegisterChange{Action: ActionRemove, Effective: period.MustDate(2027, 4, 1),
		Entry: OtherServiceProvider{ID: "scottish-fire-and-rescue-service"}, Order: part3.Legislation("SSI 2027/1", "")})
	require.NoError(t, err)
	law, err = law.WithRegisterChange(RegisterChange{Action: ActionAdd, Effective: period.MustDate(2027, 4, 1),
		Entry: OtherServiceProvider{ID: "skills-development-scotland", Name: "Skills Development Scotland"}})
	require.NoError(t, err)
	fire := Service{ID: "f", Name: "fire safety", Provider: ProviderScottishFireAndRescueService, SignificantEffectOnWellbeing: true}
	sds := Service{ID: "s", Name: "careers advice", Provider: "skills-development-scotland", WhollyOrMainlyForChildren: true}
	require.Equal(t, RelatedService, Classify(fire, period.MustDate(2027, 3, 31), law).Kind)
	got := Classify(fire, period.MustDate(2027, 4, 1), law)
	require.Equal(t, OutsidePart3, got.Kind)
	require.Contains(t, got.Reasons[0].Text, "not listed as an other service provider")
	require.Equal(t, OutsidePart3, Classify(sds, period.MustDate(2027, 3, 31), law).Kind)
	require.Equal(t, ChildrensService, Classify(sds, period.MustDate(2027, 4, 1), law).Kind)
	require.Contains(t, got.Law.String(), "order under s.7(5) effective 2027-04-01: remove scottish-fire-and-rescue-service")
}

// TestClassifyServiceOrders: orders under s.7(3) override the definitions
// from their effective date.
func TestClassifyServiceOrders(t *testing.T) {
	from := period.MustDate(2027, 4, 1)
	named := func(n string) func(Service) bool { return func(s Service) bool { return s.ID == n } }
	orders := []ServiceOrder{
		{Title: "Order A", Effective: from, Effect: IncludeChildrensService, Covers: named("libraries"), Citation: part3.Legislation("SSI 2027/2", "")},
		{Title: "Order B", Effective: from, Effect: ExcludeChildrensService, Covers: named("nurseries")},
		{Title: "Order C", Effective: from, Effect: IncludeRelatedService, Covers: named("lighting")},
		{Title: "Order D", Effective: from, Effect: ExcludeRelatedService, Covers: named("housing")},
		{Title: "Order E", Effective: from, Effect: ExcludeChildrensService, Matter: "school transport", Covers: named("schools")},
		{Title: "Order F", Effective: from, Effect: ExcludeRelatedService, Matter: "rent collection", Covers: named("tenancy support")},
		{Title: "Order G", Effective: from, Effect: IncludeRelatedService, Matter: "play areas", Covers: named("parks")},
	}
	law := DefaultLaw()
	for _, o := range orders {
		var err error
		law, err = law.WithServiceOrder(o)
		require.NoError(t, err)
	}
	tests := []struct {
		s             Service
		before, after ServiceKind
		lastCite      string
	}{
		{Service{ID: "libraries", Name: "libraries", Provider: ProviderLocalAuthority, SignificantEffectOnWellbeing: true}, RelatedService, ChildrensService, "SSI 2027/2"},
		{Service{ID: "nurseries", Name: "nurseries", Provider: ProviderLocalAuthority, WhollyOrMainlyForChildren: true, SignificantEffectOnWellbeing: true}, ChildrensService, RelatedService, "s.7(1)"},
		{Service{ID: "nurseries", Name: "nurseries", Provider: ProviderLocalAuthority, WhollyOrMainlyForChildren: true}, ChildrensService, OutsidePart3, "s.7(1)"},
		{Service{ID: "lighting", Name: "lighting", Provider: ProviderLocalAuthority}, OutsidePart3, RelatedService, "s.7(3)"},
		{Service{ID: "housing", Name: "housing", Provider: ProviderLocalAuthority, SignificantEffectOnWellbeing: true}, RelatedService, OutsidePart3, "s.7(3)"},
		{Service{ID: "schools", Name: "schools", Provider: ProviderLocalAuthority, WhollyOrMainlyForChildren: true}, ChildrensService, ChildrensService, "s.7(1)"},
		{Service{ID: "libraries", Name: "libraries", Provider: ProviderOtherOrganisation, SignificantEffectOnWellbeing: true}, OutsidePart3, OutsidePart3, "s.10(2)(b)"},
	}
	for _, tt := range tests {
		t.Run(tt.s.ID, func(t *testing.T) {
			require.Equal(t, tt.before, Classify(tt.s, from.AddDays(-1), law).Kind)
			got := Classify(tt.s, from, law)
			require.Equal(t, tt.after, got.Kind, got.String())
			require.Equal(t, tt.lastCite, got.Reasons[len(got.Reasons)-1].Citation.String(), got.String())
		})
	}
	got := Classify(tests[5].s, from, law)
	require.Contains(t, got.String(), `s.7(3): Order E (in force from 2027-04-01) excludes the matter "school transport" relating to "schools" from the definition of children's service`)
	require.Contains(t, got.Law.String(), "order under s.7(3) effective 2027-04-01: Order A (include-childrens-service)")
	// An order about a matter records it and leaves the service's kind to
	// the definitions; the reason says which way, and which definition.
	for _, m := range []struct {
		s    Service
		want string
	}{
		{Service{ID: "tenancy support", Name: "tenancy support", Provider: ProviderLocalAuthority, SignificantEffectOnWellbeing: true},
			`s.7(3): Order F (in force from 2027-04-01) excludes the matter "rent collection" relating to "tenancy support" from the definition of related service`},
		{Service{ID: "parks", Name: "parks", Provider: ProviderLocalAuthority, SignificantEffectOnWellbeing: true},
			`s.7(3): Order G (in force from 2027-04-01) includes the matter "play areas" relating to "parks" in the definition of related service`},
	} {
		got := Classify(m.s, from, law)
		require.Equal(t, RelatedService, got.Kind, got.String())
		require.Contains(t, got.String(), m.want)
	}
	require.Len(t, law.ServiceOrders(), 7)
	require.Empty(t, DefaultLaw().ServiceOrders())
}

func TestWithServiceOrderErrors(t *testing.T) {
	ok := ServiceOrder{Title: "T", Effective: day, Effect: IncludeRelatedService, Covers: func(Service) bool { return true }}
	for name, mutate := range map[string]func(*ServiceOrder){
		"no effect": func(o *ServiceOrder) { o.Effect = 0 },
		"no date":   func(o *ServiceOrder) { o.Effective = period.Date{} },
		"no title":  func(o *ServiceOrder) { o.Title = " " },
		"no covers": func(o *ServiceOrder) { o.Covers = nil },
	} {
		t.Run(name, func(t *testing.T) {
			o := ok
			mutate(&o)
			_, err := DefaultLaw().WithServiceOrder(o)
			require.Error(t, err)
		})
	}
	_, err := DefaultLaw().WithServiceOrder(ok)
	require.NoError(t, err)
}

func TestServiceKindText(t *testing.T) {
	for _, k := range ServiceKinds() {
		got, err := ParseServiceKind(k.String())
		require.NoError(t, err)
		require.Equal(t, k, got)
		var back ServiceKind
		text, err := k.MarshalText()
		require.NoError(t, err)
		require.NoError(t, back.UnmarshalText(text))
		require.Equal(t, k, back)
	}
	var k ServiceKind
	require.ErrorIs(t, k.UnmarshalText([]byte("children's service")), part3.ErrInvalidValue)
	require.NoError(t, k.UnmarshalText(nil))
	require.True(t, k.IsZero())
	_, err := ServiceKind(9).MarshalText()
	require.Error(t, err)
}

func TestDecodeService(t *testing.T) {
	data, err := os.ReadFile("testdata/service-health-visiting.json")
	require.NoError(t, err)
	s, err := DecodeService("hv.json", data)
	require.NoError(t, err)
	want := Service{ID: "health-visiting", Name: "Health visiting", Provider: ProviderRelevantHealthBoard,
		WhollyOrMainlyForChildren: true, SignificantEffectOnWellbeing: true, Notes: "Universal Health Visiting Pathway"}
	if diff := cmp.Diff(want, s); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	out, err := jsonMarshal(s)
	require.NoError(t, err)
	back, err := DecodeService("back.json", out)
	require.NoError(t, err)
	require.Equal(t, s, back)
}

func TestDecodeServiceErrors(t *testing.T) {
	tests := []struct {
		name     string
		file     string
		data     string
		category error
		path     string
	}{
		{"unknown provider", "testdata/service-unknown-provider.json", "", part3.ErrInvalidValue, "/provider"},
		{"missing name", "testdata/service-missing-name.json", "", part3.ErrMissing, "/name"},
		{"missing id", "x.json", `{"name": "n", "provider": "local-authority"}`, part3.ErrMissing, "/id"},
		{"missing provider", "x.json", `{"id": "i", "name": "n"}`, part3.ErrMissing, "/provider"},
		{"unknown field", "x.json", `{"id": "i", "name": "n", "provider": "local-authority", "for_children": true}`, part3.ErrUnknownField, "/for_children"},
		{"wrong type", "x.json", `{"id": "i", "name": "n", "provider": "local-authority", "wholly_or_mainly_for_children": "yes"}`, part3.ErrWrongType, "/wholly_or_mainly_for_children"},
		{"bad kind", "x.json", `{"id": "i", "name": "n", "provider": "local-authority", "kind": "children's service"}`, part3.ErrInvalidValue, "/kind"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := []byte(tt.data)
			if tt.data == "" {
				var err error
				data, err = os.ReadFile(tt.file)
				require.NoError(t, err)
			}
			_, err := DecodeService(tt.file, data)
			var ie *part3.InputError
			require.ErrorAs(t, err, &ie)
			require.ErrorIs(t, err, tt.category)
			require.Equal(t, tt.path, ie.Path)
			require.Equal(t, tt.file, ie.File)
		})
	}
	_, err := DecodeService("p.json", []byte(`{"id": "i", "name": "n", "provider": "scottish-prison-service"}`))
	require.ErrorContains(t, err, `p.json:1:38: /provider: invalid value: unknown provider "scottish-prison-service" (expected one of local-authority,`)
}

func loadServices(t *testing.T, name string) []Service {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	require.NoError(t, err)
	var services []Service
	require.NoError(t, part3.Decode(name, data, &services))
	return services
}

func TestRules(t *testing.T) {
	require.NoError(t, part3.CheckRuleBook(Rules()))
}

func TestRuleDeclaredKind(t *testing.T) {
	t.Run("not triggered", func(t *testing.T) {
		fs := JudgeServices("/services", loadServices(t, "services-declared-right.json"), day, DefaultLaw())
		require.Empty(t, fs)
	})
	t.Run("triggered", func(t *testing.T) {
		fs := JudgeServices("/services", loadServices(t, "services-declared-wrong.json"), day, DefaultLaw())
		var paths []string
		for _, f := range fs {
			paths = append(paths, f.Path)
			require.Equal(t, RuleDeclaredKindID, f.Rule)
			require.Equal(t, part3.Guidance, f.Severity)
		}
		require.Equal(t, []string{"/services/0/kind", "/services/1/kind", "/services/2/kind"}, paths)
		require.True(t, strings.HasPrefix(fs[0].Message, `"Youth club run by a charity" is declared a children's service, but the definitions make it neither a children's service nor a related service: `), fs[0].Message)
		require.Contains(t, fs[1].Message, "Prisons (Scotland) Act 1989")
		require.Contains(t, fs[2].Message, "make it a children's service")
	})
}

// kindLaws are versions of the law to hold KindOf to Classify under: the
// law as it stands, and with s.7(3) orders and s.7(5) changes.
func kindLaws(t testing.TB) []Law {
	t.Helper()
	law := DefaultLaw()
	withOrders := law
	for _, o := range []ServiceOrder{
		{Title: "Include", Effective: period.MustDate(2027, 4, 1), Effect: IncludeChildrensService, Covers: func(s Service) bool { return s.Provider == ProviderOtherOrganisation || s.Name == "Leisure" }},
		{Title: "Exclude", Effective: period.MustDate(2026, 1, 1), Effect: ExcludeRelatedService, Covers: func(s Service) bool { return s.Provider == ProviderPoliceScotland }},
		{Title: "Matter", Effective: period.MustDate(2025, 1, 1), Effect: IncludeRelatedService, Matter: "transport", Covers: func(Service) bool { return true }},
	} {
		var err error
		withOrders, err = withOrders.WithServiceOrder(o)
		require.NoError(t, err)
	}
	withRemoval, err := law.WithRegisterChange(RegisterChange{Action: ActionRemove, Effective: period.MustDate(2027, 1, 1), Entry: OtherServiceProvider{ID: "principal-reporter"}})
	require.NoError(t, err)
	return []Law{law, withOrders, withRemoval, law.WithSection60Commencement(period.MustDate(2027, 4, 1))}
}

// TestKindOfIsClassify holds KindOf, which builds no reasons, to the kind
// Classify gives, for every combination of the facts the kind turns on.
func TestKindOfIsClassify(t *testing.T) {
	providers := append(Providers(), "", "skills-development-scotland")
	joints := [][]JointProvider{nil,
		{{Provider: ProviderLocalAuthority, Role: "r"}},
		{{Provider: ProviderScottishMinisters, Role: "r"}, {Provider: ProviderScottishMinisters, PrisonsActFunction: true, Role: "r"}},
		{{Provider: ProviderOtherOrganisation, Role: "r"}, {Provider: "no-such-body", Role: "r"}},
		{{Provider: ProviderIntegrationJointBoard, Role: "r"}, {Provider: ProviderPrincipalReporter, Role: "r"}}}
	for _, law := range kindLaws(t) {
		for _, on := range []period.Date{period.MustDate(2016, 1, 1), period.MustDate(2026, 4, 1), period.MustDate(2028, 1, 1)} {
			for _, p := range providers {
				for _, by := range []Provider{"", ProviderLocalAuthority, ProviderRelevantHealthBoard, ProviderPoliceScotland} {
					for _, js := range joints {
						for bits := range 8 {
							s := Service{ID: "S", Name: "Leisure", Provider: p, CommissionedBy: by, JointProviders: js,
								PrisonsActFunction: bits&1 != 0, WhollyOrMainlyForChildren: bits&2 != 0, SignificantEffectOnWellbeing: bits&4 != 0}
							if got, want := KindOf(s, on, law), Classify(s, on, law).Kind; got != want {
								t.Fatalf("KindOf %v, Classify %v, on %s, of %+v", got, want, on, s)
							}
						}
					}
				}
			}
		}
	}
}
