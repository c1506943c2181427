package duty

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

func TestRuleBook(t *testing.T) {
	require.NoError(t, part3.CheckRuleBook(Rules()))
}

func TestCatalogueCoversPart3(t *testing.T) {
	// Every provision the catalogue must cover, with the modality the Act
	// gives it.
	want := map[string]Modality{
		"s.7(3)": May, "s.7(5)": May, "s.8(1)": Must, "s.10(1)(a)": Must, "s.10(1)(b)": Must,
		"s.10(5)": Must, "s.10(6)": Must, "s.10(7)(a)(i)": Must, "s.10(7)(a)(ii)": Must, "s.10(7)(b)": Must,
		"s.10(8)": Must, "s.11(1)(a)": Must, "s.11(1)(b)": May, "s.12(1)": Must, "s.13(1)": Must,
		"s.14(1)": Must, "s.15": Must, "s.15(1)": Must, "s.16": Must, "s.16(1)": May, "s.17(2)": May, "s.17(5)": Must, "s.17(6)": Must,
	}
	got := map[string][]Modality{}
	for _, d := range Catalogue() {
		got[d.Citation.String()] = append(got[d.Citation.String()], d.Modality)
	}
	for cite, m := range want {
		if !containsModality(got[cite], m) {
			t.Errorf("no %q entry for %s (have %v)", m, cite, got[cite])
		}
	}
}

func containsModality(ms []Modality, m Modality) bool {
	for _, x := range ms {
		if x == m {
			return true
		}
	}
	return false
}

func TestCatalogueEntries(t *testing.T) {
	cat := Catalogue()
	require.NotEmpty(t, cat)
	for i, d := range cat {
		if i > 0 && cat[i-1].Citation.Compare(d.Citation) > 0 {
			t.Errorf("%s is out of order after %s", d.ID, cat[i-1].ID)
		}
		for _, s := range d.Sources {
			if !s.IsValid() {
				t.Errorf("%s: invalid source", d.ID)
			}
		}
	}
}

func TestSection12IsBeyondDirectionsAndGuidance(t *testing.T) {
	// Guidance paras 142, 145, 148-149: neither guidance, directions nor
	// default powers may relate to complying with section 12.
	d, ok := Lookup("s12-implementation")
	require.True(t, ok)
	if d.S16Directions || d.S17DefaultPowers {
		t.Errorf("s12: S16Directions %v, S17DefaultPowers %v; want both false", d.S16Directions, d.S17DefaultPowers)
	}
	var cites []string
	for _, e := range d.Exceptions {
		cites = append(cites, e.Citation.String())
	}
	if diff := cmp.Diff([]string{"s.12(3)(a)", "s.12(3)(b)"}, cites); diff != "" {
		t.Errorf("s12 exceptions (-want +got):\n%s", diff)
	}
	want := []Role{LocalAuthority, RelevantHealthBoard, OtherServiceProvider, ScottishMinisters}
	var got []Role
	for _, b := range d.Bearers {
		got = append(got, b.Role)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("s12 bearers (-want +got):\n%s", diff)
	}
}

func TestSection17ReachesOnlyJointFunctions(t *testing.T) {
	for _, d := range Catalogue() {
		if d.S17DefaultPowers && !d.BornBy(JointPlanners) {
			t.Errorf("%s: s17 default powers reach only functions of the local authority and relevant health board", d.ID)
		}
		if d.BornBy(ScottishMinisters) && len(d.Bearers) == 1 && (d.S16Directions || d.S17DefaultPowers) {
			t.Errorf("%s: a function of the Scottish Ministers alone is not subject to their own directions", d.ID)
		}
	}
}

func TestLookup(t *testing.T) {
	d, ok := Lookup("s14-assistance")
	require.True(t, ok)
	if d.Citation != part3.Act("14(1)") || d.Modality != Must {
		t.Errorf("s14-assistance: %s %s", d.Citation, d.Modality)
	}
	if _, ok := Lookup("s99-nothing"); ok {
		t.Error("Lookup of an unknown ID succeeded")
	}
	if d.IsZero() || !(Duty{}).IsZero() {
		t.Errorf("IsZero: %v for s14-assistance, %v for the zero Duty", d.IsZero(), Duty{}.IsZero())
	}
	if _, ok := d.Exception("unduly-prejudice-functions"); !ok {
		t.Error("s14 has no unduly-prejudice-functions exception")
	}
}

func TestLoadCatalogueRejects(t *testing.T) {
	tests := []struct {
		name     string
		edit     func(string) string
		wantPath string
		wantCat  error
	}{
		{"unknown field", func(s string) string {
			return strings.Replace(s, `"kind": "duty-catalogue",`, `"kind": "duty-catalogue", "bogus": 1,`, 1)
		}, "/bogus", part3.ErrUnknownField},
		{"wrong kind", func(s string) string {
			return strings.Replace(s, `"kind": "duty-catalogue"`, `"kind": "plan"`, 1)
		}, "/kind", part3.ErrWrongKind},
		{"duplicate ID", func(s string) string {
			return strings.Replace(s, `"id": "s7-consult-before-services-order"`, `"id": "s7-services-order"`, 1)
		}, "/duties/1/id", part3.ErrDuplicateID},
		{"ID not matching citation", func(s string) string {
			return strings.Replace(s, `"id": "s8-prepare-plan"`, `"id": "s9-prepare-plan"`, 1)
		}, "/duties/3/id", part3.ErrInvalidValue},
		{"bad modality", func(s string) string {
			return strings.Replace(s, `"modality": "may"`, `"modality": "might"`, 1)
		}, "/duties/0/modality", part3.ErrInvalidValue},
		{"ID with a capital letter", func(s string) string {
			return strings.Replace(s, `"id": "s8-prepare-plan"`, `"id": "s8-Prepare-plan"`, 1)
		}, "/duties/3/id", part3.ErrInvalidValue},
		{"ID with an underscore", func(s string) string {
			return strings.Replace(s, `"id": "s8-prepare-plan"`, `"id": "s8-prepare_plan"`, 1)
		}, "/duties/3/id", part3.ErrInvalidValue},
		{"s12 made directable", func(s string) string {
			i := strings.Index(s, `"id": "s12-implementation"`)
			return s[:i] + strings.Replace(s[i:], `"s16_directions": false`, `"s16_directions": true`, 1)
		}, "/duties/18/s16_directions", part3.ErrInvalidValue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := tt.edit(string(catalogueJSON))
			require.NotEqual(t, string(catalogueJSON), data, "edit did not apply")
			_, _, err := loadCatalogue("catalogue.json", []byte(data))
			var ie *part3.InputError
			require.True(t, errors.As(err, &ie), "error %v is not an InputError", err)
			if ie.Path != tt.wantPath || !errors.Is(err, tt.wantCat) || ie.File != "catalogue.json" {
				t.Errorf("got %v (path %q); want %v at %q", err, ie.Path, tt.wantCat, tt.wantPath)
			}
		})
	}
}

// textValue is a type with a text form, as every enum of the package is.
type textValue interface {
	comparable
	MarshalText() ([]byte, error)
}

// roundTrip checks that each value marshals to text and back to itself.
func roundTrip[T textValue](t *testing.T, unmarshal func(*T, []byte) error, values ...T) {
	t.Helper()
	for _, v := range values {
		b, err := v.MarshalText()
		require.NoError(t, err)
		var got T
		require.NoError(t, unmarshal(&got, b))
		if got != v {
			t.Errorf("%v round-tripped to %v", v, got)
		}
	}
}

func TestEnumsRoundTrip(t *testing.T) {
	roundTrip(t, (*Modality).UnmarshalText, Must, May)
	roundTrip(t, (*Role).UnmarshalText, JointPlanners, LocalAuthority, RelevantHealthBoard, OtherServiceProvider, ScottishMinisters, Consultee)
	roundTrip(t, (*Outcome).UnmarshalText, Applies, Excepted, NotArising)
	roundTrip(t, (*Failure).UnmarshalText, NotExercising, NotHavingRegardToGuidance)
	roundTrip(t, (*Kind).UnmarshalText, Deadline, Continuing, Information)
	roundTrip(t, (*Status).UnmarshalText, Met, Due, Late, Ongoing, Info)
	for _, bad := range []string{"", "MUST", "duty"} {
		if _, err := ParseModality(bad); err == nil {
			t.Errorf("ParseModality(%q) succeeded", bad)
		}
		if _, err := ParseRole(bad); err == nil {
			t.Errorf("ParseRole(%q) succeeded", bad)
		}
		if _, err := ParseOutcome(bad); err == nil {
			t.Errorf("ParseOutcome(%q) succeeded", bad)
		}
		if _, err := ParseFailure(bad); err == nil {
			t.Errorf("ParseFailure(%q) succeeded", bad)
		}
	}
	if s := Modality(9).String(); s != "Modality(9)" {
		t.Errorf("invalid modality prints %q", s)
	}
	if _, err := Role(99).MarshalText(); err == nil {
		t.Error("an invalid Role marshalled")
	}
	// The zero value is unset and writes as ""; the value just past the
	// last defined one (two modalities, six roles, three outcomes, two
	// failures) is not valid: it prints its number and does not marshal.
	type enum interface {
		String() string
		MarshalText() ([]byte, error)
	}
	for _, tt := range []struct {
		zero, past enum
		wantPast   string
	}{
		{Modality(0), Modality(3), "Modality(3)"},
		{Role(0), Role(7), "Role(7)"},
		{Outcome(0), Outcome(4), "Outcome(4)"},
		{Failure(0), Failure(3), "Failure(3)"},
	} {
		if b, err := tt.zero.MarshalText(); err != nil || string(b) != "" || tt.zero.String() != "" {
			t.Errorf("the zero %T marshals to %q, %v and prints %q; want \"\"", tt.zero, b, err, tt.zero.String())
		}
		if s := tt.past.String(); s != tt.wantPast {
			t.Errorf("%s prints %q", tt.wantPast, s)
		}
		if _, err := tt.past.MarshalText(); err == nil {
			t.Errorf("%s marshalled", tt.wantPast)
		}
	}
	if !Failure(0).IsZero() || NotExercising.IsZero() || NotHavingRegardToGuidance.IsZero() {
		t.Error("only the zero Failure means that no failure is given")
	}
}

func TestBearersOn(t *testing.T) {
	fife := service.MustLookupCouncil("Fife")
	highland := service.MustLookupCouncil("Highland")
	on := period.MustParseDate("2027-05-01")
	commenced := service.DefaultLaw().WithSection60Commencement(period.MustParseDate("2027-04-01"))
	names := func(hs []Holder) [][]string {
		var out [][]string
		for _, h := range hs {
			var ns []string
			for _, b := range h.Bodies {
				ns = append(ns, b.Name)
			}
			for _, e := range h.OtherServiceProviders {
				ns = append(ns, e.ID)
			}
			out = append(out, append([]string{h.Role.String()}, ns...))
		}
		return out
	}
	prepare, _ := Lookup("s8-prepare-plan")
	tests := []struct {
		name    string
		duty    Duty
		council service.Council
		law     service.Law
		want    [][]string
	}{
		{"joint planners before s60", prepare, fife, service.DefaultLaw(),
			[][]string{{"joint-planners", "Fife Council", "NHS Fife"}}},
		{"joint planners after s60", prepare, fife, commenced,
			[][]string{{"joint-planners", "Fife Council", "NHS Fife", "Fife Integration Joint Board"}}},
		{"Highland has no integration joint board", prepare, highland, commenced,
			[][]string{{"joint-planners", "The Highland Council", "NHS Highland"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, names(tt.duty.BearersOn(tt.council, on, tt.law))); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	s12, _ := Lookup("s12-implementation")
	hs := s12.BearersOn(fife, on, service.DefaultLaw())
	require.Len(t, hs, 4)
	if len(hs[0].Bodies) != 1 || hs[0].Bodies[0].Role != service.RoleLocalAuthority {
		t.Errorf("s12 local authority holder: %+v", hs[0])
	}
	if len(hs[2].OtherServiceProviders) != 6 || hs[2].IntegrationJointBoard.Name() != "Fife Integration Joint Board" {
		t.Errorf("s12 other service providers: %d with board %v, want 6 with Fife's", len(hs[2].OtherServiceProviders), hs[2].IntegrationJointBoard)
	}
	// Highland has no board, and with section 60 in force Fife's board is
	// a joint planner, not an other service provider.
	for _, tt := range []struct {
		council service.Council
		law     service.Law
	}{{highland, service.DefaultLaw()}, {fife, commenced}} {
		hs := s12.BearersOn(tt.council, on, tt.law)
		if len(hs[2].OtherServiceProviders) != 5 || hs[2].IntegrationJointBoard.IsValid() {
			t.Errorf("%s: s12 other service providers %d with board %v, want the five national ones", tt.council, len(hs[2].OtherServiceProviders), hs[2].IntegrationJointBoard)
		}
	}
	if hs[3].Limit == "" || hs[3].Citation != part3.Act("7(2)") {
		t.Errorf("s12 Scottish Ministers holder has no Prisons Act limit: %+v", hs[3])
	}
}

func TestCatalogueSourcesHeader(t *testing.T) {
	srcs := CatalogueSources()
	if len(srcs) == 0 || !bytes.Contains(catalogueJSON, []byte("legislation.gov.uk/asp/2014/8")) {
		t.Errorf("the catalogue names no sources: %v", srcs)
	}
}

// TestDutyIDForm: a catalogue ID is "s", the section and a kebab-case name
// of small letters, digits and hyphens, such as "s12-implementation".
func TestDutyIDForm(t *testing.T) {
	tests := []struct {
		id   string
		want bool
	}{
		{"s12-implementation", true},
		{"s10-copy-to-other-service-providers", true},
		{"s8-p", true},
		{"s9-z", true},
		{"s17-organize", true},
		{"s7-services-order-2", true},
		{"s8-", false},
		{"s8", false},
		{"", false},
		{"x8-prepare-plan", false},
		{"S8-prepare-plan", false},
		{"s8-Prepare-plan", false},
		{"s8-prepare_plan", false},
		{"s8-prepare plan", false},
		{"s8--prepare", false},
		{"s8-prepare-", false},
		{"s8-préparer", false},
	}
	for _, tt := range tests {
		if got := validDutyID(tt.id); got != tt.want {
			t.Errorf("validDutyID(%q) = %v, want %v", tt.id, got, tt.want)
		}
	}
}

// TestSection11_2Entries: the joint planners' duty to give the other
// service providers and the Ministers an opportunity to take part in a
// review or revision, and the providers' duty to take it, cite s.11(2), and
// say that they rest on the guidance's paraphrase, the words of s.11(2)
// not having been retrieved.
func TestSection11_2Entries(t *testing.T) {
	for id, bearers := range map[string][]Role{
		"s11-opportunity-in-review": {JointPlanners},
		"s11-participate-in-review": {OtherServiceProvider, ScottishMinisters},
	} {
		d, ok := Lookup(id)
		require.True(t, ok, id)
		if d.Citation != part3.Act("11(2)") || d.Modality != Must {
			t.Errorf("%s: %s %s", id, d.Citation, d.Modality)
		}
		var got []Role
		for _, b := range d.Bearers {
			got = append(got, b.Role)
		}
		if diff := cmp.Diff(bearers, got); diff != "" {
			t.Errorf("%s bearers (-want +got):\n%s", id, diff)
		}
		if len(d.Notes) == 0 || !strings.Contains(d.Notes[0], "not retrieved") || !strings.Contains(d.Notes[0], "paraphrase") {
			t.Errorf("%s does not say it rests on the guidance's paraphrase: %q", id, d.Notes)
		}
	}
}
