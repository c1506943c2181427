package duty

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/internal/schematest"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/service"
)

// unmarshalAny decodes JSON into generic JSON, as the schema tests need it.
func unmarshalAny(t *testing.T, data []byte) map[string]any {
	t.Helper()
	var v map[string]any
	require.NoError(t, json.Unmarshal(data, &v))
	return v
}

// defEnum returns the enumeration of the schema's definition name.
func defEnum(t *testing.T, schema map[string]any, name string) []string {
	t.Helper()
	def, ok := schema["$defs"].(map[string]any)[name].(map[string]any)
	require.True(t, ok, "schema has no $defs/%s", name)
	return schematest.Enum(t, def)
}

// TestHistorySchemaMatchesStruct checks that the planning history schema
// names exactly the JSON members of the Go types, object by object, and
// the duties a relief may name, so that the two cannot drift apart.
func TestHistorySchemaMatchesStruct(t *testing.T) {
	schema := unmarshalAny(t, HistorySchema())
	schematest.MatchesStruct(t, schema, reflect.TypeFor[History]())
	got := schematest.Enum(t, schema["$defs"].(map[string]any)["relief"].(map[string]any), "duty")
	slices.Sort(got)
	want := judgement.RelievableDuties()
	slices.Sort(want)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("relief duties (-decoder +schema):\n%s", diff)
	}
}

// TestQuestionSchemaMatchesStruct checks that the duty question schema
// names exactly the JSON members of the Go types, object by object, and
// the enumerations the decoder accepts; and that the notice of
// disagreement it holds is the schema of package consult.
func TestQuestionSchemaMatchesStruct(t *testing.T) {
	schema := unmarshalAny(t, QuestionSchema())
	schematest.MatchesStruct(t, schema, reflect.TypeFor[Question]())

	var providers []string
	for _, p := range service.Providers() {
		providers = append(providers, p.String())
	}
	var functions []string
	for _, d := range Catalogue() {
		functions = append(functions, d.ID)
	}
	enums := []struct {
		name   string
		schema []string
		want   []string
	}{
		{"provider", defEnum(t, schema, "provider"), providers},
		{"function", schematest.Enum(t, schema["$defs"].(map[string]any)["default_powers"].(map[string]any), "function"), functions},
		{"failure", schematest.Enum(t, schema["$defs"].(map[string]any)["default_powers"].(map[string]any), "failure"),
			forms(func(i int) (string, bool) { f := Failure(i); return f.String(), f.IsValid() })},
		{"request", schematest.Enum(t, schema["$defs"].(map[string]any)["consultee_request"].(map[string]any), "request"),
			forms(func(i int) (string, bool) { k := consult.RequestKind(i); return k.String(), k.IsValid() })},
		{"ground", schematest.Enum(t, schema["$defs"].(map[string]any)["consultee_request"].(map[string]any), "ground"),
			forms(func(i int) (string, bool) { g := consult.RefusalGround(i); return g.String(), g.IsValid() })},
		{"category", schematest.Enum(t, schema["$defs"].(map[string]any)["consultee_request"].(map[string]any), "category"),
			forms(func(i int) (string, bool) { c := consult.PersonCategory(i); return c.String(), c.IsValid() })},
		{"assistance category", schematest.Enum(t, schema["$defs"].(map[string]any)["assistance"].(map[string]any), "category"),
			forms(func(i int) (string, bool) { c := consult.PersonCategory(i); return c.String(), c.IsValid() })},
	}
	for _, e := range enums {
		if diff := cmp.Diff(e.want, e.schema); diff != "" {
			t.Errorf("%s: enum (-decoder +schema):\n%s", e.name, diff)
		}
	}

	notice := unmarshalAny(t, consult.NoticeSchema())
	delete(notice, "$schema")
	delete(notice, "$id")
	if diff := cmp.Diff(notice, schema["$defs"].(map[string]any)["notice_of_disagreement"]); diff != "" {
		t.Errorf("$defs/notice_of_disagreement is not consult's notice schema (-consult +duty):\n%s", diff)
	}
}

// forms returns the text forms of an enumeration whose values from 1 up
// are valid, as form reports them.
func forms(form func(i int) (string, bool)) []string {
	var out []string
	for i := 1; ; i++ {
		s, ok := form(i)
		if !ok {
			return out
		}
		out = append(out, s)
	}
}

// TestSchemasAcceptTheSamples checks that each sample document of
// testdata meets its kind's schema.
func TestSchemasAcceptTheSamples(t *testing.T) {
	for pattern, schema := range map[string][]byte{"history-*.json": HistorySchema(), "question-*.json": QuestionSchema()} {
		files, err := filepath.Glob(filepath.Join("testdata", pattern))
		require.NoError(t, err)
		require.NotEmpty(t, files, pattern)
		for _, file := range files {
			data, err := os.ReadFile(file)
			require.NoError(t, err)
			if err := schematest.Validate(schema, data); err != nil {
				t.Errorf("%s: %v", file, err)
			}
		}
	}
}

// TestSchemasAgreeWithTheDecoders checks that each schema accepts what its
// decoder accepts and refuses what it refuses, for the checks a schema can
// express: required members, unknown members, enumerations, dates and
// which period a relief names. The checks it cannot express (each period
// once, dates in order, a notice's councils each once) are the decoder's.
func TestSchemasAgreeWithTheDecoders(t *testing.T) {
	const (
		h = `{"kind": "planning-history", "council": "Fife", `
		q = `{"kind": "duty-question", `
	)
	decodeHistory := func(data []byte) error { _, err := DecodeHistory("h.json", data); return err }
	decodeQuestion := func(data []byte) error { _, err := DecodeQuestion("q.json", data); return err }
	history, question := HistorySchema(), QuestionSchema()
	tests := []struct {
		name   string
		doc    string
		schema []byte
		decode func([]byte) error
		ok     bool
	}{
		{"history: the least", `{"kind": "planning-history", "council": "S12000047"}`, history, decodeHistory, true},
		{"history: no council", `{"kind": "planning-history"}`, history, decodeHistory, false},
		{"history: another kind", `{"kind": "duty-question", "council": "Fife"}`, history, decodeHistory, false},
		{"history: unknown member", h + `"plan": []}`, history, decodeHistory, false},
		{"history: plan without period", h + `"plans": [{"prepared": "2023-03-01"}]}`, history, decodeHistory, false},
		{"history: copy not a date", h + `"plans": [{"period": "2023-2026", "sent_to_other_service_providers": {"police-scotland": "3 April 2023"}}]}`, history, decodeHistory, false},
		{"history: copy on a day that does not exist", h + `"plans": [{"period": "2023-2026", "sent_to_other_service_providers": {"police-scotland": "2023-02-30"}}]}`, history, decodeHistory, false},
		{"history: prepared on a leap day", h + `"plans": [{"period": "2023-2026", "prepared": "2024-02-29"}]}`, history, decodeHistory, true},
		{"history: copy to a board by code", h + `"plans": [{"period": "2023-2026", "prepared": "2023-03-01", "sent_to_other_service_providers": {"S37000032": "2023-04-03"}}]}`, history, decodeHistory, true},
		{"history: revision without date", h + `"plans": [{"period": "2023-2026", "revisions": [{"published": "2024-01-01"}]}]}`, history, decodeHistory, false},
		{"history: revision member unknown", h + `"plans": [{"period": "2023-2026", "revisions": [{"revised": "2024-01-01", "revises": 0}]}]}`, history, decodeHistory, false},
		{"history: report without period", h + `"reports": [{"published": "2024-06-28"}]}`, history, decodeHistory, false},
		{"history: report in short form", h + `"reports": [{"period": "2023-24", "published": "2024-06-28"}]}`, history, decodeHistory, true},
		{"relief: for a report", h + `"reliefs": [{"duty": "s13-annual-report", "reporting_period": "2019-2020", "until": "2020-09-30", "citation": "Coronavirus (Scotland) Act 2020"}]}`, history, decodeHistory, true},
		{"relief: a duty without a time limit", h + `"reliefs": [{"duty": "s12-implementation", "plan_period": "2020-2023", "until": "2020-09-30", "citation": "Coronavirus (Scotland) Act 2020"}]}`, history, decodeHistory, false},
		{"relief: plan duty without plan period", h + `"reliefs": [{"duty": "s10-publish-plan", "until": "2020-09-30", "citation": "Coronavirus (Scotland) Act 2020"}]}`, history, decodeHistory, false},
		{"relief: plan duty with reporting period", h + `"reliefs": [{"duty": "s10-publish-plan", "plan_period": "2020-2023", "reporting_period": "2020-2021", "until": "2020-09-30", "citation": "Coronavirus (Scotland) Act 2020"}]}`, history, decodeHistory, false},
		{"relief: report duty with plan period", h + `"reliefs": [{"duty": "s13-annual-report", "plan_period": "2020-2023", "until": "2020-09-30", "citation": "Coronavirus (Scotland) Act 2020"}]}`, history, decodeHistory, false},
		{"relief: no until", h + `"reliefs": [{"duty": "s8-prepare-plan", "plan_period": "2020-2023", "citation": "Coronavirus (Scotland) Act 2020"}]}`, history, decodeHistory, false},
		{"relief: no citation", h + `"reliefs": [{"duty": "s8-prepare-plan", "plan_period": "2020-2023", "until": "2020-09-30"}]}`, history, decodeHistory, false},

		{"question: none", `{"kind": "duty-question"}`, question, decodeQuestion, false},
		{"question: two", q + `"default_powers": {"function": "s13-annual-report"}, "assistance": {"person": "police-scotland"}}`, question, decodeQuestion, false},
		{"question: another kind", `{"kind": "planning-history", "default_powers": {"function": "s13-annual-report"}}`, question, decodeQuestion, false},
		{"default powers: no failure", q + `"default_powers": {"function": "s11-revise-plan"}}`, question, decodeQuestion, true},
		{"default powers: unknown function", q + `"default_powers": {"function": "s99-anything"}}`, question, decodeQuestion, false},
		{"default powers: unknown failure", q + `"default_powers": {"function": "s13-annual-report", "failure": "late"}}`, question, decodeQuestion, false},
		{"assistance: no person", q + `"assistance": {"category": "none"}}`, question, decodeQuestion, false},
		{"assistance: unknown person", q + `"assistance": {"person": "housing-association"}}`, question, decodeQuestion, false},
		{"assistance: an organisation with a category", q + `"assistance": {"person": "other-organisation", "category": "social-landlord"}}`, question, decodeQuestion, true},
		{"assistance: an organisation without a category", q + `"assistance": {"person": "other-organisation"}}`, question, decodeQuestion, false},
		{"assistance: an other service provider without a category", q + `"assistance": {"person": "police-scotland"}}`, question, decodeQuestion, true},
		{"assistance: an other service provider with category none", q + `"assistance": {"person": "police-scotland", "category": "none"}}`, question, decodeQuestion, true},
		{"assistance: an other service provider with a category", q + `"assistance": {"person": "police-scotland", "category": "directed-person", "name": "Police Scotland"}}`, question, decodeQuestion, false},
		{"assistance: a directed person without a name", q + `"assistance": {"person": "other-organisation", "category": "directed-person"}}`, question, decodeQuestion, false},
		{"assistance: a direction for a social landlord", q + `"assistance": {"person": "other-organisation", "category": "social-landlord", "direction": "d1"}}`, question, decodeQuestion, false},
		{"assistance: the retired member consulted", q + `"assistance": {"person": "other-organisation", "category": "none", "consulted": true}}`, question, decodeQuestion, false},
		{"consultee request: nothing stated", q + `"consultee_request": {}}`, question, decodeQuestion, false},
		{"consultee request: the category only", q + `"consultee_request": {"category": "none"}}`, question, decodeQuestion, true},
		{"consultee request: a directed person, named", q + `"consultee_request": {"category": "directed-person", "name": "Scottish Youth Parliament", "direction": "d1", "on": "2027-03-01"}}`, question, decodeQuestion, true},
		{"consultee request: a directed person without a name", q + `"consultee_request": {"category": "directed-person"}}`, question, decodeQuestion, false},
		{"consultee request: unknown category", q + `"consultee_request": {"category": "consulted"}}`, question, decodeQuestion, false},
		{"consultee request: the retired member consulted", q + `"consultee_request": {"category": "none", "consulted": false}}`, question, decodeQuestion, false},
		{"consultee request: unknown request", q + `"consultee_request": {"category": "none", "request": "attend"}}`, question, decodeQuestion, false},
		{"consultee request: unknown test", q + `"consultee_request": {"category": "none", "test": {"proportionate": true}}}`, question, decodeQuestion, false},
		{"consultee request: a day that does not exist", q + `"consultee_request": {"category": "none", "on": "2027-02-29"}}`, question, decodeQuestion, false},
		{"implementation: no date", q + `"implementation": {"council": "Fife", "period": "2026-2029", "provider": "police-scotland", "service": {"id": "S1"}}}`, question, decodeQuestion, false},
		{"implementation: blank service ID", q + `"implementation": {"council": "Fife", "period": "2026-2029", "on": "2026-05-01", "provider": "police-scotland", "service": {"id": "  "}}}`, question, decodeQuestion, false},
		{"implementation: notice without kind", q + `"implementation": {"council": "Fife", "period": "2026-2029", "on": "2026-05-01", "provider": "police-scotland", "service": {"id": "S1"}, "notices": [{"issuer": "police-scotland", "plan": {"councils": ["Fife"], "period": "2026-2029"}}]}}`, question, decodeQuestion, false},
		{"implementation: notice with unknown member", q + `"implementation": {"council": "Fife", "period": "2026-2029", "on": "2026-05-01", "provider": "police-scotland", "service": {"id": "S1"}, "notices": [{"kind": "notice-of-disagreement", "issuer": "police-scotland", "plan": {"councils": ["Fife"], "period": "2026-2029"}, "reply_due": "2026-06-30"}]}}`, question, decodeQuestion, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := []byte(tt.doc)
			schemaErr := schematest.Validate(tt.schema, data)
			decodeErr := tt.decode(data)
			if (schemaErr == nil) != tt.ok {
				t.Errorf("schema: %v, want ok %v", schemaErr, tt.ok)
			}
			if (decodeErr == nil) != tt.ok {
				t.Errorf("decoder: %v, want ok %v", decodeErr, tt.ok)
			}
		})
	}
}
