package service

import (
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/period"
)

func TestProviders(t *testing.T) {
	tests := []struct {
		p        Provider
		kind     ProviderKind
		osp      bool
		part3    bool
		nameHead string
	}{
		{ProviderLocalAuthority, KindLocalAuthority, false, true, "the local authority"},
		{ProviderRelevantHealthBoard, KindRelevantHealthBoard, false, true, "the relevant health board"},
		{ProviderScottishMinisters, KindScottishMinisters, false, true, "the Scottish Ministers"},
		{ProviderPoliceScotland, KindOtherServiceProvider, true, true, "the Chief Constable of the Police Service of Scotland"},
		{ProviderScottishFireAndRescueService, KindOtherServiceProvider, true, true, "the Scottish Fire and Rescue Service"},
		{ProviderPrincipalReporter, KindOtherServiceProvider, true, true, "the Principal Reporter"},
		{ProviderNationalConvener, KindOtherServiceProvider, true, true, "the National Convener of Children's Hearings Scotland"},
		{ProviderScottishCourtsAndTribunalsService, KindOtherServiceProvider, true, true, "the Scottish Courts and Tribunals Service"},
		{ProviderIntegrationJointBoard, KindOtherServiceProvider, true, true, "an integration joint board established by order under section 9 of the Public Bodies (Joint Working) (Scotland) Act 2014"},
		{ProviderOtherOrganisation, KindOtherOrganisation, false, false, "another organisation"},
	}
	var all []Provider
	for _, tt := range tests {
		all = append(all, tt.p)
		t.Run(string(tt.p), func(t *testing.T) {
			got, err := ParseProvider(string(tt.p))
			require.NoError(t, err)
			require.Equal(t, tt.p, got)
			require.True(t, got.IsValid())
			require.Equal(t, tt.kind, got.Kind())
			require.Equal(t, tt.osp, got.IsOtherServiceProvider())
			require.Equal(t, tt.part3, got.IsPart3Provider())
			require.Equal(t, tt.part3, got.Kind().IsPart3())
			require.Equal(t, tt.nameHead, got.Name())
			var back Provider
			text, err := got.MarshalText()
			require.NoError(t, err)
			require.NoError(t, back.UnmarshalText(text))
			require.Equal(t, got, back)
		})
	}
	if diff := cmp.Diff(all, Providers()); diff != "" {
		t.Errorf("Providers() (-want +got)\n%s", diff)
	}
}

func TestParseProviderErrors(t *testing.T) {
	for _, in := range []string{"", "Police Scotland", "police", "scottish-court-service", "scottish-prison-service"} {
		_, err := ParseProvider(in)
		var ve *ValueError
		require.ErrorAs(t, err, &ve, in)
		require.Equal(t, in, ve.Input)
	}
	var p Provider
	err := p.UnmarshalText([]byte("scottish-prison-service"))
	var ie *part3.InputError
	require.ErrorAs(t, err, &ie)
	require.ErrorIs(t, err, part3.ErrInvalidValue)
	require.Contains(t, ie.Expected, "police-scotland")
	require.NoError(t, p.UnmarshalText(nil))
	require.True(t, p.IsZero())
	require.False(t, p.IsValid())
	require.Equal(t, ProviderKind(0), p.Kind())
}

func TestProviderKindText(t *testing.T) {
	for _, k := range ProviderKinds() {
		got, err := ParseProviderKind(k.String())
		require.NoError(t, err)
		require.Equal(t, k, got)
		var back ProviderKind
		text, err := k.MarshalText()
		require.NoError(t, err)
		require.NoError(t, back.UnmarshalText(text))
		require.Equal(t, k, back)
	}
	_, err := ParseProviderKind("charity")
	require.Error(t, err)
	var k ProviderKind
	require.ErrorIs(t, k.UnmarshalText([]byte("charity")), part3.ErrInvalidValue)
	_, err = ProviderKind(99).MarshalText()
	require.Error(t, err)
	require.Equal(t, "ProviderKind(99)", ProviderKind(99).String())
	require.False(t, KindOtherOrganisation.IsPart3())
}

func TestDefaultRegister(t *testing.T) {
	r := DefaultRegister()
	entries := r.On(period.MustDate(2026, 4, 1))
	var ids []string
	for _, e := range entries {
		ids = append(ids, e.ID)
		require.Equal(t, part3.Act("7(1)"), e.Citation)
		require.Equal(t, Provider(e.ID), e.Provider())
	}
	want := []string{"police-scotland", "scottish-fire-and-rescue-service", "principal-reporter",
		"national-convener-childrens-hearings-scotland", "scottish-courts-and-tribunals-service", "integration-joint-board"}
	require.Equal(t, want, ids)
	require.Equal(t, entries, r.On(period.MustDate(2017, 4, 1)), "the default list holds throughout Part 3's life")
	require.Equal(t, entries, r.On(period.Date{}))
	e, ok := r.Lookup("integration-joint-board", period.MustDate(2018, 1, 1))
	require.True(t, ok)
	require.Contains(t, e.Note, "section 58 of the Public Bodies (Joint Working) (Scotland) Act 2014")
	_, ok = r.Lookup("scottish-court-service", period.MustDate(2018, 1, 1))
	require.False(t, ok)
	require.Empty(t, r.Changes())
	// Changing the returned slice does not change the register.
	entries[0].Name = "changed"
	require.Equal(t, "the Chief Constable of the Police Service of Scotland", r.On(period.MustDate(2026, 4, 1))[0].Name)
}

func TestRegisterApply(t *testing.T) {
	sds := OtherServiceProvider{ID: "skills-development-scotland", Name: "Skills Development Scotland"}
	order := part3.Legislation("SSI 2027/12", "")
	r0 := DefaultRegister()
	r1, err := r0.Apply(RegisterChange{Action: ActionAdd, Effective: period.MustDate(2027, 6, 1), Entry: sds, Order: order})
	require.NoError(t, err)
	r2, err := r1.Apply(RegisterChange{Action: ActionRemove, Effective: period.MustDate(2028, 1, 1), Entry: OtherServiceProvider{ID: "principal-reporter"}})
	require.NoError(t, err)
	r3, err := r2.Apply(RegisterChange{Action: ActionVary, Effective: period.MustDate(2027, 1, 1),
		Entry: OtherServiceProvider{ID: "police-scotland", Name: "the chief constable of the Police Service of Scotland (varied)"}})
	require.NoError(t, err)

	ids := func(r Register, d string) []string {
		var out []string
		for _, e := range r.On(period.MustParseDate(d)) {
			out = append(out, e.ID)
		}
		return out
	}
	require.Len(t, ids(r0, "2030-01-01"), 6, "r0 is unchanged")
	require.Len(t, ids(r1, "2027-05-31"), 6)
	require.Contains(t, ids(r1, "2027-06-01"), "skills-development-scotland")
	require.Contains(t, ids(r2, "2027-12-31"), "principal-reporter")
	require.NotContains(t, ids(r2, "2028-01-01"), "principal-reporter")
	e, ok := r3.Lookup("police-scotland", period.MustDate(2027, 1, 1))
	require.True(t, ok)
	require.Contains(t, e.Name, "(varied)")
	e, _ = r3.Lookup("police-scotland", period.MustDate(2026, 12, 31))
	require.NotContains(t, e.Name, "(varied)")
	added, ok := r3.Lookup("skills-development-scotland", period.MustDate(2027, 6, 1))
	require.True(t, ok)
	require.Equal(t, part3.Act("7(1)"), added.Citation, "an added entry defaults to citing s.7(1)")
	// Changes come back in date order whatever order they were applied in.
	var dates []string
	for _, c := range r3.Changes() {
		dates = append(dates, c.Effective.String())
	}
	require.Equal(t, []string{"2027-01-01", "2027-06-01", "2028-01-01"}, dates)

	law := DefaultLaw().WithRegister(r3)
	require.Equal(t, KindOtherServiceProvider, law.ProviderKind("skills-development-scotland", period.MustDate(2027, 6, 1)))
	require.Equal(t, ProviderKind(0), law.ProviderKind("skills-development-scotland", period.MustDate(2027, 5, 31)))
	require.Equal(t, ProviderKind(0), law.ProviderKind(ProviderPrincipalReporter, period.MustDate(2028, 1, 1)))
	require.Equal(t, KindLocalAuthority, law.ProviderKind(ProviderLocalAuthority, period.MustDate(2028, 1, 1)))
}

func TestRegisterApplyErrors(t *testing.T) {
	d := period.MustDate(2027, 6, 1)
	removed, err := DefaultRegister().Apply(RegisterChange{Action: ActionRemove, Effective: d, Entry: OtherServiceProvider{ID: "principal-reporter"}})
	require.NoError(t, err)
	tests := []struct {
		name   string
		r      Register
		change RegisterChange
		reason string
	}{
		{"no action", DefaultRegister(), RegisterChange{Effective: d, Entry: OtherServiceProvider{ID: "x", Name: "X"}}, "action"},
		{"no date", DefaultRegister(), RegisterChange{Action: ActionAdd, Entry: OtherServiceProvider{ID: "x", Name: "X"}}, "effective date"},
		{"bad ID", DefaultRegister(), RegisterChange{Action: ActionAdd, Effective: d, Entry: OtherServiceProvider{ID: "Skills Development", Name: "X"}}, "ID"},
		{"no name", DefaultRegister(), RegisterChange{Action: ActionAdd, Effective: d, Entry: OtherServiceProvider{ID: "x"}}, "no name"},
		{"core form", DefaultRegister(), RegisterChange{Action: ActionAdd, Effective: d, Entry: OtherServiceProvider{ID: "local-authority", Name: "X"}}, "another kind"},
		{"add listed", DefaultRegister(), RegisterChange{Action: ActionAdd, Effective: d, Entry: OtherServiceProvider{ID: "police-scotland", Name: "X"}}, "already listed"},
		{"remove unlisted", DefaultRegister(), RegisterChange{Action: ActionRemove, Effective: d, Entry: OtherServiceProvider{ID: "x"}}, "no entry"},
		{"vary unlisted", DefaultRegister(), RegisterChange{Action: ActionVary, Effective: d, Entry: OtherServiceProvider{ID: "x", Name: "X"}}, "no entry"},
		{"remove twice", removed, RegisterChange{Action: ActionRemove, Effective: d.AddDays(1), Entry: OtherServiceProvider{ID: "principal-reporter"}}, "no entry"},
		{"earlier removal breaks later", removed, RegisterChange{Action: ActionRemove, Effective: d.AddDays(-1), Entry: OtherServiceProvider{ID: "principal-reporter"}}, "later change"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.r.Apply(tt.change)
			var re *RegisterError
			require.ErrorAs(t, err, &re)
			require.Contains(t, re.Reason, tt.reason)
			require.Equal(t, tt.r.Changes(), got.Changes(), "a failed Apply returns the register unchanged")
		})
	}
}

// TestRegisterConcurrent shares one register and one law between
// goroutines that read and derive from them; run with -race.
func TestRegisterConcurrent(t *testing.T) {
	base, err := DefaultLaw().WithRegisterChange(RegisterChange{Action: ActionAdd, Effective: period.MustDate(2027, 1, 1),
		Entry: OtherServiceProvider{ID: "a", Name: "A"}})
	require.NoError(t, err)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			d := period.MustDate(2027, 1, 1).AddDays(i)
			r, err := base.Register().Apply(RegisterChange{Action: ActionAdd, Effective: d, Entry: OtherServiceProvider{ID: "b", Name: "B"}})
			if err != nil {
				t.Error(err)
				return
			}
			if len(r.On(d)) != 8 || len(base.Register().On(d)) != 7 {
				t.Errorf("goroutine %d: registers share state", i)
			}
			_ = Classify(Service{ID: "s", Name: "S", Provider: "a", SignificantEffectOnWellbeing: true}, d, base)
		})
	}
	wg.Wait()
}

func TestChangeActionText(t *testing.T) {
	for _, a := range []ChangeAction{ActionAdd, ActionRemove, ActionVary} {
		var back ChangeAction
		text, _ := a.MarshalText()
		require.NoError(t, back.UnmarshalText(text))
		require.Equal(t, a, back)
	}
	var a ChangeAction
	require.ErrorIs(t, a.UnmarshalText([]byte("replace")), part3.ErrInvalidValue)
	require.NoError(t, a.UnmarshalText(nil))
	require.False(t, a.IsValid())
}
