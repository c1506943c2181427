package plan

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/internal/schematest"
	"github.com/csplanning/part3/internal/testjson"
	"github.com/csplanning/part3/internal/words"
)

func TestDecodeSamplesRoundTrip(t *testing.T) {
	for _, name := range append(slices.Clone(samples), "rules/base.json") {
		t.Run(name, func(t *testing.T) {
			p := load(t, name)
			first, err := json.Marshal(p, json.Deterministic(true))
			require.NoError(t, err)
			again, err := Decode("again.json", first)
			require.NoError(t, err, "a marshalled plan decodes")
			second, err := json.Marshal(again, json.Deterministic(true))
			require.NoError(t, err)
			if diff := cmp.Diff(string(first), string(second)); diff != "" {
				t.Errorf("decode(marshal(p)) differs (-first +second):\n%s", diff)
			}
		})
	}
}

func TestDecodeUntidyRealPlans(t *testing.T) {
	// Highland's COVID-delayed plan is titled 2021-2023 and says it covers
	// April 2021 to March 2023: it loads, answering to 2020-2023.
	p := load(t, "highland-2021-2023.json")
	require.Equal(t, "2020-2023", p.Period.String())
	require.Equal(t, "2021-04-01", p.StatedDates.Start.String())
	// A joint plan lists three areas with one health board.
	tay := load(t, "tayside-2023-2026.json")
	require.Len(t, tay.Partnership.Areas, 3)
	require.Equal(t, "Angus, Dundee City and Perth and Kinross", words.And([]string{
		tay.Partnership.Areas[0].Council.Name(), tay.Partnership.Areas[1].Council.Name(), tay.Partnership.Areas[2].Council.Name()}))
}

func TestDecodeErrors(t *testing.T) {
	const base = "rules/base.json"
	tests := []struct {
		name     string
		changes  []change
		raw      string // used instead of changes when set
		category error
		path     string
		expected string // substring of Expected
		message  string // substring of the error's message, where it says what was found
		among    bool   // the problem is one of several the change causes
	}{
		{name: "syntax", raw: "{\n  \"kind\": \"childrens-services-plan\",\n  \"title\" \"x\"\n}", category: part3.ErrSyntax},
		{name: "unknown field", changes: []change{{"/publication/sent_to_minsters", "2026-03-27"}}, category: part3.ErrUnknownField, path: "/publication/sent_to_minsters"},
		{name: "wrong kind", changes: []change{{"/kind", "annual-report"}}, category: part3.ErrWrongKind, path: "/kind", expected: `"childrens-services-plan"`, message: `kind "annual-report"`},
		{name: "no kind", changes: []change{{"/kind", deleteIt}}, category: part3.ErrWrongKind, path: "/kind", expected: `"childrens-services-plan"`, message: "no kind"},
		{name: "no title", changes: []change{{"/title", " "}}, category: part3.ErrMissing, path: "/title"},
		{name: "no areas", changes: []change{{"/partnership/areas", []any{}}}, category: part3.ErrMissing, path: "/partnership/areas"},
		{name: "area without council", changes: []change{{"/partnership/areas/0/council", deleteIt}}, category: part3.ErrMissing, path: "/partnership/areas/0/council"},
		{name: "unknown council", changes: []change{{"/partnership/areas/0/council", "Dundeee Town"}}, category: part3.ErrInvalidValue, path: "/partnership/areas/0/council"},
		{name: "council twice", changes: []change{{"/partnership/areas/1", map[string]any{"council": "Dundee", "health_board": "NHS Tayside"}}}, category: part3.ErrDuplicateID, path: "/partnership/areas/1/council"},
		{name: "no health board", changes: []change{{"/partnership/areas/0/health_board", deleteIt}}, category: part3.ErrMissing, path: "/partnership/areas/0/health_board"},
		{name: "no period", changes: []change{{"/period", deleteIt}}, category: part3.ErrMissing, path: "/period"},
		{name: "period not a statutory period", changes: []change{{"/period", "2021-2023"}}, category: part3.ErrInvalidValue, path: "/period"},
		{name: "impossible date", changes: []change{{"/publication/prepared", "2026-02-30"}}, category: part3.ErrInvalidValue, path: "/publication/prepared"},
		{name: "negative revision", changes: []change{{"/version/revision", -1}}, category: part3.ErrInvalidValue, path: "/version/revision"},
		{name: "revision without revises", changes: []change{{"/version/revision", 1}, {"/version/changes", "x"}}, category: part3.ErrMissing, path: "/version/revises"},
		{name: "revision without changes", changes: []change{{"/version/revision", 1}, {"/version/revises", "v0"}}, category: part3.ErrMissing, path: "/version/changes"},
		{name: "original revises", changes: []change{{"/version/revises", "v0"}}, category: part3.ErrInvalidValue, path: "/version/revises"},
		{name: "revision revises itself", changes: []change{{"/version/revision", 1}, {"/version/revises", "dundee-2026-2029"}, {"/version/changes", "x"}}, category: part3.ErrInvalidValue, path: "/version/revises"},
		{name: "approval of two bodies", changes: []change{{"/approvals/0/health_board", "NHS Tayside"}}, category: part3.ErrInvalidValue, path: "/approvals/0"},
		{name: "approval without date", changes: []change{{"/approvals/1/date", deleteIt}}, category: part3.ErrMissing, path: "/approvals/1/date"},
		{name: "evidence without ID", changes: []change{{"/needs_assessment/evidence/1/id", ""}}, category: part3.ErrMissing, path: "/needs_assessment/evidence/1/id"},
		{name: "evidence ID twice", changes: []change{{"/needs_assessment/evidence/1/id", "E1"}}, category: part3.ErrDuplicateID, path: "/needs_assessment/evidence/1/id"},
		{name: "evidence without description", changes: []change{{"/needs_assessment/evidence/1/description", " "}}, category: part3.ErrMissing, path: "/needs_assessment/evidence/1/description"},
		{name: "evidence type unknown", changes: []change{{"/needs_assessment/evidence/1/type", "anecdotal"}}, category: part3.ErrInvalidValue, path: "/needs_assessment/evidence/1/type", expected: "quantitative, qualitative"},
		{name: "evidence without type", changes: []change{{"/needs_assessment/evidence/1/type", deleteIt}}, category: part3.ErrMissing, path: "/needs_assessment/evidence/1/type"},
		{name: "priority to missing evidence", changes: []change{{"/priorities/0/evidence/1", "E9"}}, category: part3.ErrDanglingReference, path: "/priorities/0/evidence/1"},
		{name: "priority ID twice", changes: []change{{"/priorities/1", map[string]any{"id": "P1", "title": "x"}}}, category: part3.ErrDuplicateID, path: "/priorities/1/id"},
		{name: "priority without title", changes: []change{{"/priorities/0/title", deleteIt}}, category: part3.ErrMissing, path: "/priorities/0/title"},
		{name: "outcome to missing priority", changes: []change{{"/outcomes/0/priorities/0", "P9"}}, category: part3.ErrDanglingReference, path: "/outcomes/0/priorities/0"},
		{name: "outcome ID twice", changes: []change{{"/outcomes/1", map[string]any{"id": "O1", "statement": "x"}}}, category: part3.ErrDuplicateID, path: "/outcomes/1/id"},
		{name: "outcome without statement", changes: []change{{"/outcomes/0/statement", ""}}, category: part3.ErrMissing, path: "/outcomes/0/statement"},
		{name: "unknown wellbeing indicator", changes: []change{{"/outcomes/0/wellbeing/0", "happy"}}, category: part3.ErrInvalidValue, path: "/outcomes/0/wellbeing/0"},
		{name: "indicator to missing outcome", changes: []change{{"/indicators/0/outcome", "O9"}}, category: part3.ErrDanglingReference, path: "/indicators/0/outcome"},
		{name: "indicator without outcome", changes: []change{{"/indicators/0/outcome", deleteIt}}, category: part3.ErrMissing, path: "/indicators/0/outcome"},
		{name: "indicator ID twice", changes: []change{{"/indicators/1", map[string]any{"id": "I1", "outcome": "O1", "description": "x"}}}, category: part3.ErrDuplicateID, path: "/indicators/1/id"},
		{name: "indicator without description", changes: []change{{"/indicators/0/description", deleteIt}}, category: part3.ErrMissing, path: "/indicators/0/description"},
		{name: "baseline without date", changes: []change{{"/indicators/0/baseline/date", deleteIt}}, category: part3.ErrMissing, path: "/indicators/0/baseline/date"},
		{name: "target without date", changes: []change{{"/indicators/0/target/date", deleteIt}}, category: part3.ErrMissing, path: "/indicators/0/target/date"},
		{name: "milestone without date", changes: []change{{"/indicators/0/milestones/0/date", deleteIt}}, category: part3.ErrMissing, path: "/indicators/0/milestones/0/date"},
		{name: "second milestone without date", changes: []change{{"/indicators/0/milestones/1", map[string]any{"value": 25}}}, category: part3.ErrMissing, path: "/indicators/0/milestones/1/date"},
		{name: "empty milestone", changes: []change{{"/indicators/0/milestones/0", map[string]any{}}}, category: part3.ErrMissing, path: "/indicators/0/milestones/0"},
		{name: "service without provider", changes: []change{{"/services/1/provider", deleteIt}}, category: part3.ErrMissing, path: "/services/1/provider"},
		// Service S2 is named in the aims: they now name a service the
		// plan lacks, and that is reported too.
		{name: "service ID twice", changes: []change{{"/services/1/id", "S1"}}, category: part3.ErrDuplicateID, path: "/services/1/id", among: true},
		{name: "service in a council outside the partnership", changes: []change{{"/services/0/councils", []any{"Angus"}}}, category: part3.ErrDanglingReference, path: "/services/0/councils/0"},
		{name: "action ID twice across services", changes: []change{{"/services/1/actions/0/id", "A1"}}, category: part3.ErrDuplicateID, path: "/services/1/actions/0/id"},
		{name: "action without description", changes: []change{{"/services/1/actions/0/description", ""}}, category: part3.ErrMissing, path: "/services/1/actions/0/description"},
		{name: "action to missing priority", changes: []change{{"/services/1/actions/0/priority", "P7"}}, category: part3.ErrDanglingReference, path: "/services/1/actions/0/priority"},
		{name: "action to missing outcome", changes: []change{{"/services/1/actions/0/outcome", "O7"}}, category: part3.ErrDanglingReference, path: "/services/1/actions/0/outcome"},
		{name: "aim to missing service", changes: []change{{"/aims/integration/services/0", "S9"}}, category: part3.ErrDanglingReference, path: "/aims/integration/services/0"},
		{name: "aim to missing action", changes: []change{{"/aims/prevention/actions/0", "A9"}}, category: part3.ErrDanglingReference, path: "/aims/prevention/actions/0"},
		{name: "family support to missing service", changes: []change{{"/family_support/services", []any{"S9"}}}, category: part3.ErrDanglingReference, path: "/family_support/services/0"},
		{name: "disinvestment to missing service", changes: []change{{"/disinvestment", []any{map[string]any{"description": "x", "service": "S9"}}}}, category: part3.ErrDanglingReference, path: "/disinvestment/0/service"},
		{name: "service to develop without description", changes: []change{{"/services_to_develop", []any{map[string]any{"description": ""}}}}, category: part3.ErrMissing, path: "/services_to_develop/0/description"},
		{name: "copy without provider", changes: []change{{"/publication/sent_to_other_service_providers/0/provider", deleteIt}}, category: part3.ErrMissing, path: "/publication/sent_to_other_service_providers/0/provider"},
		{name: "copy to a charity", changes: []change{{"/publication/sent_to_other_service_providers/0/provider", "other-organisation"}}, category: part3.ErrInvalidValue, path: "/publication/sent_to_other_service_providers/0/provider"},
		{name: "copy without date", changes: []change{{"/publication/sent_to_other_service_providers/0/sent", deleteIt}}, category: part3.ErrMissing, path: "/publication/sent_to_other_service_providers/0/sent"},
		{name: "board named for the police", changes: []change{{"/publication/sent_to_other_service_providers/0/integration_joint_board", "Dundee City"}}, category: part3.ErrInvalidValue, path: "/publication/sent_to_other_service_providers/0/integration_joint_board"},
		{name: "accessible version without format", changes: []change{{"/publication/accessible_versions/0/format", deleteIt}}, category: part3.ErrMissing, path: "/publication/accessible_versions/0/format"},
		{name: "linked plan without plan", changes: []change{{"/linked_plans/0/plan", deleteIt}}, category: part3.ErrMissing, path: "/linked_plans/0/plan"},
		{name: "other plan without name", changes: []change{{"/linked_plans/0/plan", "other"}}, category: part3.ErrMissing, path: "/linked_plans/0/name"},
		{name: "unknown statutory plan", changes: []change{{"/linked_plans/0/plan", "transport-plan"}}, category: part3.ErrInvalidValue, path: "/linked_plans/0/plan"},
		{name: "national outcome without words", changes: []change{{"/national_outcomes", []any{map[string]any{"outcome": ""}}}}, category: part3.ErrMissing, path: "/national_outcomes/0/outcome"},
		{name: "resource without description", changes: []change{{"/resources/items", []any{map[string]any{"amount_gbp": 5}}}}, category: part3.ErrMissing, path: "/resources/items/0/description"},
		{name: "preparation record checked", changes: []change{{"/preparation/consultees/1/id", "youth-council"}}, category: part3.ErrDuplicateID, path: "/preparation/consultees/1/id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := []byte(tt.raw)
			if tt.raw == "" {
				data = edit(t, base, tt.changes...)
			}
			_, err := Decode("plan.json", data)
			testjson.CheckInputError(t, err, testjson.WantInputError{File: "plan.json", Category: tt.category, Path: tt.path, Expected: tt.expected, Among: tt.among})
			if tt.message != "" {
				require.ErrorContains(t, err, tt.message)
			}
		})
	}
}

// TestSchemaMatchesStruct checks that the embedded JSON Schema names
// exactly the JSON members of the Go types, object by object, so that the
// two cannot drift apart.
func TestSchemaMatchesStruct(t *testing.T) {
	var schema map[string]any
	require.NoError(t, json.Unmarshal(Schema(), &schema))
	schematest.MatchesStruct(t, schema, reflect.TypeFor[Plan]())

	// The enumerations in the schema are the text forms the decoder accepts.
	enums := []struct {
		path  []string
		forms textForms
	}{
		{[]string{"linked_plans", "plan"}, statutoryPlans},
		{[]string{"publication", "accessible_versions", "format"}, accessibleFormats},
		{[]string{"needs_assessment", "evidence", "type"}, evidenceTypes},
		{[]string{"needs_assessment", "evidence", "subject"}, evidenceSubjects},
		{[]string{"family_support", "levels"}, supportLevels},
		{[]string{"services", "prevention"}, preventionRoles},
	}
	for _, e := range enums {
		got := schematest.Enum(t, schema, e.path...)
		if diff := cmp.Diff(e.forms.forms[1:], got); diff != "" {
			t.Errorf("%v: enum (-decoder +schema):\n%s", e.path, diff)
		}
	}
	var outcomes []string
	for i := 1; ; i++ {
		o := consult.ReviewOutcome(i)
		if !o.IsValid() {
			break
		}
		outcomes = append(outcomes, o.String())
	}
	review := schema["$defs"].(map[string]any)["review"].(map[string]any)
	if diff := cmp.Diff(outcomes, schematest.Enum(t, review, "outcome")); diff != "" {
		t.Errorf("reviews/outcome: enum (-decoder +schema):\n%s", diff)
	}
}

// TestBlank: blank's shortcut for a string that starts with printable
// ASCII gives strings.TrimSpace's answer for every first byte.
func TestBlank(t *testing.T) {
	for b := range 256 {
		for _, s := range []string{string(rune(b)), string([]byte{byte(b)}), string([]byte{byte(b)}) + "x", string([]byte{byte(b)}) + " ", string([]byte{byte(b)}) + "\u00a0"} {
			if got, want := blank(s), strings.TrimSpace(s) == ""; got != want {
				t.Errorf("blank(%q) = %v, want %v", s, got, want)
			}
		}
	}
}
