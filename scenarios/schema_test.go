package scenarios

import (
	"fmt"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/report"
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
		"law":                     Law{},
		"service_order":           ServiceOrder{},
		"register_change":         service.RegisterChange{},
		"register_entry":          service.OtherServiceProvider{},
		"direction":               consult.Direction{},
		"relief":                  duty.Relief{},
		"prescribed_outcome":      report.PrescribedOutcome{},
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
		"calendar_question":       CalendarQuestion{},
		"policy":                  duty.Policy{},
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
// Decode refuses for want of a member or for an unknown one.
func TestSchemaAcceptsTheSuite(t *testing.T) {
	doc := schemaDoc(t)
	files, err := Files(".", "testdata")
	require.NoError(t, err)
	for _, name := range files {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(name)
			require.NoError(t, err)
			var v any
			require.NoError(t, json.Unmarshal(data, &v))
			if err := validateSchema(doc, doc, v, ""); err != nil {
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
		"bad status":     wrap(`{"name": "a", "citation": "s.8(1)", "calendar": {"council": "Fife", "as_of": "2026-01-01", "expect": {"obligations": [{"duty": "s8-prepare-plan", "plan_period": "2026-2029", "status": "done"}]}}}`),
	}
	for name, input := range bad {
		t.Run(name, func(t *testing.T) {
			var v any
			require.NoError(t, json.Unmarshal([]byte(input), &v))
			if validateSchema(doc, doc, v, "") == nil {
				t.Errorf("the schema accepts %s", input)
			}
			if _, err := Decode("bad.json", []byte(input), nil); err == nil {
				t.Errorf("Decode accepts %s", input)
			}
		})
	}
}

// validateSchema checks v against schema s (within the root document) for
// the keywords the scenario schema uses. It returns the first problem.
func validateSchema(root, s map[string]any, v any, path string) error {
	fail := func(format string, args ...any) error {
		return fmt.Errorf("%s: %s", pathOrRoot(path), fmt.Sprintf(format, args...))
	}
	if r, ok := s["$ref"].(string); ok {
		name := strings.TrimPrefix(r, "#/$defs/")
		return validateSchema(root, root["$defs"].(map[string]any)[name].(map[string]any), v, path)
	}
	if _, ok := s["not"]; ok {
		return fail("not allowed")
	}
	if c, ok := s["const"]; ok && c != v {
		return fail("%v is not %v", v, c)
	}
	if e, ok := s["enum"].([]any); ok && !slices.Contains(e, v) {
		return fail("%v is not one of %v", v, e)
	}
	want, _ := s["type"].(string)
	if want != "" && !hasType(v, want) {
		return fail("not of type %s", want)
	}
	switch x := v.(type) {
	case map[string]any:
		props, _ := s["properties"].(map[string]any)
		for k, m := range x {
			p, ok := props[k]
			if !ok {
				if s["additionalProperties"] == false {
					return fail("unknown member %q", k)
				}
				continue
			}
			if err := validateSchema(root, p.(map[string]any), m, path+"/"+k); err != nil {
				return err
			}
		}
		for _, r := range asList(s["required"]) {
			if _, ok := x[r.(string)]; !ok {
				return fail("missing %q", r)
			}
		}
		if n, ok := s["minProperties"].(float64); ok && len(x) < int(n) {
			return fail("fewer than %v members", n)
		}
		if alts := asList(s["oneOf"]); alts != nil && countMatching(root, alts, v, path) != 1 {
			return fail("not exactly one of %v", alts)
		}
		if alts := asList(s["anyOf"]); alts != nil && countMatching(root, alts, v, path) == 0 {
			return fail("none of %v", alts)
		}
	case []any:
		if n, ok := s["minItems"].(float64); ok && len(x) < int(n) {
			return fail("fewer than %v items", n)
		}
		if items, ok := s["items"].(map[string]any); ok {
			for i, m := range x {
				if err := validateSchema(root, items, m, fmt.Sprintf("%s/%d", path, i)); err != nil {
					return err
				}
			}
		}
	case string:
		if n, ok := s["minLength"].(float64); ok && len(x) < int(n) {
			return fail("shorter than %v", n)
		}
		if p, ok := s["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(x) {
			return fail("%q does not match %s", x, p)
		}
	case float64:
		if m, ok := s["minimum"].(float64); ok && x < m {
			return fail("below %v", m)
		}
	}
	return nil
}

func hasType(v any, typ string) bool {
	switch typ {
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "integer":
		n, ok := v.(float64)
		return ok && n == float64(int64(n))
	}
	return true
}

func countMatching(root map[string]any, alts []any, v any, path string) int {
	n := 0
	for _, a := range alts {
		if validateSchema(root, a.(map[string]any), v, path) == nil {
			n++
		}
	}
	return n
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

func pathOrRoot(p string) string {
	if p == "" {
		return "/"
	}
	return p
}
