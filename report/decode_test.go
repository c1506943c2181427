package report

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/internal/schematest"
	"github.com/csplanning/part3/internal/testjson"
	"github.com/csplanning/part3/service"
)

func TestDecodeSamples(t *testing.T) {
	for _, name := range []string{"fife-2023-2024.json", "fife-2024-2025-late.json", "fife-2023-2024-missing-aim.json",
		"fife-2023-2024-unknown-indicator.json", "fife-2026-2027-wrong-period.json", "fife-2023-2024-early.json",
		"tayside-2023-2024.json", "highland-2018-2019.json"} {
		r := load(t, name)
		require.Equal(t, Kind, r.Kind)
		// Decoding what encoding wrote gives the same report.
		data, err := json.Marshal(r)
		require.NoError(t, err)
		again, err := Decode(name, data)
		require.NoError(t, err)
		require.Equal(t, r, again, "%s: round trip", name)
	}
	r := load(t, "tayside-2023-2024.json")
	require.Equal(t, []service.Council{service.MustLookupCouncil("Angus"), service.MustLookupCouncil("Dundee City"),
		service.MustLookupCouncil("Perth and Kinross")}, r.Partnership.Councils)
}

func TestDecodeErrors(t *testing.T) {
	const base = "rules/base.json"
	tests := []struct {
		name     string
		data     []byte
		category error
		path     string
		expected string // part of Expected
	}{
		{"not JSON", []byte(`{"kind": "annual-report",`), part3.ErrSyntax, "", ""},
		{"wrong kind", edit(t, base, change{"/kind", "childrens-services-plan"}), part3.ErrWrongKind, "/kind", `"annual-report"`},
		{"no kind", edit(t, base, change{"/kind", deleteIt}), part3.ErrWrongKind, "/kind", `"annual-report"`},
		{"unknown field", edit(t, base, change{"/publication/publshed", "2024-06-20"}), part3.ErrUnknownField, "/publication/publshed", ""},
		{"impossible date", edit(t, base, change{"/publication/published", "2024-02-30"}), part3.ErrInvalidValue, "/publication/published", ""},
		{"unknown council", edit(t, base, change{"/partnership/councils/0", "Fyfe"}), part3.ErrInvalidValue, "/partnership/councils/0", ""},
		{"no councils", edit(t, base, change{"/partnership/councils", []any{}}), part3.ErrMissing, "/partnership/councils", "council area"},
		{"council twice", edit(t, base, change{"/partnership/councils/1", "Fife"}), part3.ErrDuplicateID, "/partnership/councils/1", "each council area once"},
		{"no reporting period", edit(t, base, change{"/reporting_period", deleteIt}), part3.ErrMissing, "/reporting_period", "one-year period"},
		{"not a reporting period", edit(t, base, change{"/reporting_period", "2023-2025"}), part3.ErrInvalidValue, "/reporting_period", ""},
		{"published before the period began", edit(t, base, change{"/publication/published", "2023-03-31"}), part3.ErrInvalidValue, "/publication/published", "after the reporting period ends on 2024-03-31"},
		{"no plan period", edit(t, base, change{"/plan/period", deleteIt}), part3.ErrMissing, "/plan/period", "three-year period"},
		{"two bodies in one publisher", edit(t, base, change{"/publication/published_by/0/health_board", "NHS Fife"}), part3.ErrInvalidValue, "/publication/published_by/0", "exactly one"},
		{"no body in a publisher", edit(t, base, change{"/publication/published_by/0", map[string]any{}}), part3.ErrInvalidValue, "/publication/published_by/0", "exactly one"},
		{"provider that needs a field", edit(t, base, change{"/publication/published_by/0", map[string]any{"provider": "local-authority"}}), part3.ErrInvalidValue, "/publication/published_by/0/provider", `"council"`},
		{"unknown provider", edit(t, base, change{"/publication/published_by/0", map[string]any{"provider": "police"}}), part3.ErrInvalidValue, "/publication/published_by/0/provider", ""},
		{"name without provider", edit(t, base, change{"/publication/published_by/0/name", "Fife Council"}), part3.ErrInvalidValue, "/publication/published_by/0/name", "beside provider"},
		{"departure without description", edit(t, base, change{"/provision/departures", []any{map[string]any{"ground": "none-given"}}}), part3.ErrMissing, "/provision/departures/0/description", ""},
		{"departure without ground", edit(t, base, change{"/provision/departures", []any{map[string]any{"description": "x"}}}), part3.ErrMissing, "/provision/departures/0/ground", "none-given"},
		{"unknown ground", edit(t, base, change{"/provision/departures", []any{map[string]any{"description": "x", "ground": "budget"}}}), part3.ErrInvalidValue, "/provision/departures/0/ground", "child-wellbeing"},
		{"notice for another ground", edit(t, base, change{"/provision/departures", []any{map[string]any{"description": "x", "ground": "none-given", "notice": map[string]any{"issuer": "police-scotland"}}}}), part3.ErrInvalidValue, "/provision/departures/0/notice", "notice-of-disagreement"},
		{"indicator without ID", edit(t, base, change{"/indicators/0/id", ""}), part3.ErrMissing, "/indicators/0/id", "an ID"},
		{"indicator twice", edit(t, base, change{"/indicators/1/id", "I1"}), part3.ErrDuplicateID, "/indicators/1/id", ""},
		{"value without date", edit(t, base, change{"/indicators/0/value/date", deleteIt}), part3.ErrMissing, "/indicators/0/value/date", "date"},
		{"aim names an unknown indicator", edit(t, base, change{"/aims/prevention/indicators/0", "I7"}), part3.ErrDanglingReference, "/aims/prevention/indicators/0", "indicators"},
		{"difference names an unknown indicator", edit(t, base, change{"/difference_made/0/indicators/0", "I7"}), part3.ErrDanglingReference, "/difference_made/0/indicators/0", ""},
		{"difference without description", edit(t, base, change{"/difference_made/0/description", " "}), part3.ErrMissing, "/difference_made/0/description", ""},
		{"before without date", edit(t, base, change{"/difference_made/0/before", map[string]any{"value": 3}}), part3.ErrMissing, "/difference_made/0/before/date", ""},
		{"changes and none", edit(t, base, change{"/plan_changes", []any{map[string]any{"description": "x"}}}), part3.ErrInvalidValue, "/no_plan_changes", "not both"},
		{"change without description", edit(t, base, change{"/no_plan_changes", deleteIt}, change{"/plan_changes", []any{map[string]any{"version": "v2"}}}), part3.ErrMissing, "/plan_changes/0/description", ""},
		{"context change without description", edit(t, base, change{"/context_changes", []any{map[string]any{"description": ""}}}), part3.ErrMissing, "/context_changes/0/description", ""},
		{"activity without description", edit(t, base, change{"/activity", []any{map[string]any{"description": ""}}}), part3.ErrMissing, "/activity/0/description", ""},
		{"activity measure without date", edit(t, base, change{"/activity", []any{map[string]any{"description": "x", "measure": map[string]any{"value": 4}}}}), part3.ErrMissing, "/activity/0/measure/date", ""},
		{"outcome without ID", edit(t, base, change{"/prescribed_outcomes", []any{map[string]any{"extent": "x"}}}), part3.ErrMissing, "/prescribed_outcomes/0/id", ""},
		{"outcome twice", edit(t, base, change{"/prescribed_outcomes", []any{map[string]any{"id": "A"}, map[string]any{"id": "A"}}}), part3.ErrDuplicateID, "/prescribed_outcomes/1/id", ""},
		{"wrong type", edit(t, base, change{"/no_plan_changes", "yes"}), part3.ErrWrongType, "/no_plan_changes", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode("report.json", tt.data)
			// One change may cause several problems (an indicator's ID
			// changed leaves references to it dangling): the one wanted
			// is among them.
			testjson.CheckInputError(t, err, testjson.WantInputError{File: "report.json", Category: tt.category, Path: tt.path, Expected: tt.expected, Among: true})
		})
	}

	// A document of the wrong kind is told which kind it has; one with no
	// kind is told it has none.
	for _, tt := range []struct {
		name string
		data []byte
		want string
	}{
		{"wrong kind", edit(t, base, change{"/kind", "childrens-services-plan"}), `kind "childrens-services-plan"`},
		{"no kind", edit(t, base, change{"/kind", deleteIt}), "no kind"},
	} {
		_, err := Decode("report.json", tt.data)
		require.Error(t, err)
		require.Contains(t, err.Error(), tt.want, tt.name)
	}
}

// TestSchemaMatchesStruct checks that the embedded JSON Schema names
// exactly the JSON members of the Go types, object by object, and the
// enumerations the decoder accepts, so that the two cannot drift apart.
func TestSchemaMatchesStruct(t *testing.T) {
	var schema map[string]any
	require.NoError(t, json.Unmarshal(Schema(), &schema))
	schematest.MatchesStruct(t, schema, reflect.TypeFor[Report]())

	enum := func(path ...string) []string { return schematest.Enum(t, schema, path...) }
	var grounds []string
	for _, g := range Grounds() {
		grounds = append(grounds, g.String())
	}
	if diff := cmp.Diff(grounds, enum("provision", "departures", "ground")); diff != "" {
		t.Errorf("grounds (-decoder +schema):\n%s", diff)
	}
	var providers, others []string
	for _, p := range service.Providers() {
		providers = append(providers, string(p))
		if _, ok := namedByField[p]; !ok {
			others = append(others, string(p))
		}
	}
	if diff := cmp.Diff(providers, enum("provision", "departures", "notice", "issuer")); diff != "" {
		t.Errorf("notice issuers (-decoder +schema):\n%s", diff)
	}
	if diff := cmp.Diff(others, enum("publication", "published_by", "provider")); diff != "" {
		t.Errorf("publishers (-decoder +schema):\n%s", diff)
	}
}

func TestGround(t *testing.T) {
	for _, g := range Grounds() {
		text, err := g.MarshalText()
		require.NoError(t, err)
		var back Ground
		require.NoError(t, back.UnmarshalText(text))
		require.Equal(t, g, back)
		p, err := ParseGround(g.String())
		require.NoError(t, err)
		require.Equal(t, g, p)
		require.Equal(t, g != NoGroundGiven, g.IsLawful())
		require.Equal(t, g != NoGroundGiven, g.Citation().IsValid())
	}
	_, err := ParseGround("budget")
	var ve *ValueError
	require.ErrorAs(t, err, &ve)
	require.Equal(t, "budget", ve.Input)
	require.False(t, Ground(0).IsValid())
	require.False(t, Ground(0).IsLawful())
	require.True(t, Ground(0).IsZero(), "the zero Ground is unset")
	require.Equal(t, "", Ground(0).String())
	for _, g := range Grounds() {
		require.False(t, g.IsZero(), "%s is set", g)
	}
	// Past the last ground, a value is invalid and says so.
	require.Equal(t, "ground(5)", (NoGroundGiven + 1).String())
	require.Equal(t, "ground(9)", Ground(9).String())
	_, err = Ground(9).MarshalText()
	require.Error(t, err)
	require.Equal(t, "s.12(3)(b)", NoticeOfDisagreement.Citation().String())
}

// TestDecodeSuggests: a misspelt value or member is told the one probably
// meant.
func TestDecodeSuggests(t *testing.T) {
	data := edit(t, "rules/base.json", change{"/provision/departures", []any{map[string]any{"description": "x", "ground": "child-wellbeng"}}},
		change{"/aims/prevention/indicators/0", "i1"})
	_, err := Decode("report.json", data)
	var ie *part3.InputError
	require.ErrorAs(t, err, &ie)
	var all []string
	for _, p := range ie.Problems() {
		all = append(all, p.Error())
	}
	require.Contains(t, strings.Join(all, "\n"), `unknown ground "child-wellbeng"; did you mean "child-wellbeing"?`)
	require.Contains(t, strings.Join(all, "\n"), `no indicator of the report has ID "i1"; did you mean "I1"?`)
}
