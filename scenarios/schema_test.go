package scenarios

import (
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/internal/schematest"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/service"
)

// schemaDoc is the decoded schema.
func schemaDoc(t *testing.T) map[string]any {
	t.Helper()
	var doc map[string]any
	require.NoError(t, json.Unmarshal(Schema(), &doc))
	return doc
}

// TestSchemaMatchesTypes checks that each object of the schema lists
// exactly the JSON members of the Go type Decode reads it into, so that
// the schema and the decoder cannot drift apart.
func TestSchemaMatchesTypes(t *testing.T) {
	doc := schemaDoc(t)
	defs := doc["$defs"].(map[string]any)
	types := map[string]any{
		"":                        File{},
		"context":                 judgement.Context{},
		"service_order":           judgement.ServiceOrder{},
		"register_change":         service.RegisterChange{},
		"register_entry":          service.OtherServiceProvider{},
		"direction":               judgement.Direction{},
		"relief":                  judgement.Relief{},
		"prescribed_outcome":      judgement.PrescribedOutcome{},
		"prison_service":          judgement.PrisonService{},
		"time_passed":             judgement.TimePassed{},
		"aims_not_in_view":        judgement.AimsNotInView{},
		"case":                    Case{},
		"period_question":         PeriodQuestion{},
		"period_answer":           PeriodAnswer{},
		"child_question":          ChildQuestion{},
		"child_answer":            ChildAnswer{},
		"classification_question": ClassificationQuestion{},
		"service":                 service.Service{},
		"classification_answer":   ClassificationAnswer{},
		"planners_question":       PlannersQuestion{},
		"planners_answer":         PlannersAnswer{},
		"expected_body":           ExpectedBody{},
		"duty_question":           DutyQuestion{},
		"duty_answer":             DutyAnswer{},
		"decision_question":       DecisionQuestion{},
		"decision_answer":         DecisionAnswer{},
		"implementation":          duty.ImplementationQuestion{},
		"plan_service":            duty.PlanService{},
		"reasonableness":          consult.Reasonableness{},
		"assistance":              duty.AssistanceQuestion{},
		"consultee_request":       duty.ConsulteeRequestQuestion{},
		"default_powers":          duty.DefaultPowersQuestion{},
		"document_question":       DocumentQuestion{},
		"document_answer":         DocumentAnswer{},
		"finding_match":           FindingMatch{},
		"expected_verdict":        ExpectedVerdict{},
		"joint_provider":          service.JointProvider{},
		"calendar_question":       CalendarQuestion{},
		"policy":                  judgement.Policy{},
		"calendar_answer":         CalendarAnswer{},
		"obligation_key":          ObligationKey{},
		"expected_obligation":     ExpectedObligation{},
	}
	for name, v := range types {
		t.Run(name, func(t *testing.T) {
			def := doc
			if name != "" {
				d, ok := defs[name].(map[string]any)
				require.True(t, ok, "schema has no $defs/%s", name)
				def = d
			}
			require.Equal(t, false, def["additionalProperties"], "additionalProperties must be false")
			var inSchema []string
			for p := range def["properties"].(map[string]any) {
				inSchema = append(inSchema, p)
			}
			slices.Sort(inSchema)
			inGo := jsonFields(reflect.TypeOf(v))
			slices.Sort(inGo)
			if diff := cmp.Diff(inGo, inSchema); diff != "" {
				t.Errorf("members (-Go +schema):\n%s", diff)
			}
		})
	}
}

// jsonFields returns the JSON member names of struct type typ, with
// embedded structs inlined.
func jsonFields(typ reflect.Type) []string {
	var out []string
	for i := range typ.NumField() {
		f := typ.Field(i)
		tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case f.Anonymous && tag == "":
			out = append(out, jsonFields(f.Type)...)
		case !f.IsExported() || tag == "-":
		case tag == "":
			out = append(out, f.Name)
		default:
			out = append(out, tag)
		}
	}
	return out
}

// TestSchemaAcceptsTheSuite validates every scenario file of the suite and
// of testdata against the schema, and checks that the schema refuses what
// Decode refuses for want of a member, for an unknown one, or for a date
// that does not exist.
func TestSchemaAcceptsTheSuite(t *testing.T) {
	files, err := Files(".", "testdata")
	require.NoError(t, err)
	for _, name := range files {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(name)
			require.NoError(t, err)
			if err := schematest.Validate(Schema(), data); err != nil {
				t.Error(err)
			}
		})
	}
	bad := map[string]string{
		"no title":       `{"kind": "scenarios", "cases": [` + goodPeriod + `]}`,
		"unknown member": `{"kind": "scenarios", "title": "t", "cases": [{"name": "a", "citation": "s.8(1)", "period": {"date": "2026-04-01", "expect": {"plan_perod": "2026-2029"}}}]}`,
		"two questions":  wrap(`{"name": "a", "citation": "s.8(1)", "period": {"date": "2026-04-01", "expect": {"plan_period": "2026-2029"}}, "child": {"date_of_birth": "2010-01-01", "on": "2026-01-01", "expect": {"child": true}}}`),
		"no question":    wrap(`{"name": "a", "citation": "s.8(1)"}`),
		"bad date":       wrap(`{"name": "a", "citation": "s.8(1)", "period": {"date": "1 April 2026", "expect": {"plan_period": "2026-2029"}}}`),
		"no such day":    wrap(`{"name": "a", "citation": "s.8(1)", "period": {"date": "2026-02-30", "expect": {"plan_period": "2026-2029"}}}`),
		"bad status":     wrap(`{"name": "a", "citation": "s.8(1)", "calendar": {"council": "Fife", "as_of": "2026-01-01", "expect": {"obligations": [{"duty": "s8-prepare-plan", "plan_period": "2026-2029", "status": "done"}]}}}`),
	}
	for name, input := range bad {
		t.Run(name, func(t *testing.T) {
			if schematest.Validate(Schema(), []byte(input)) == nil {
				t.Errorf("the schema accepts %s", input)
			}
			if _, err := Decode("bad.json", []byte(input), nil); err == nil {
				t.Errorf("Decode accepts %s", input)
			}
		})
	}
}
