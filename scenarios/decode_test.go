package scenarios

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
)

// wrap puts one case into a scenario file.
func wrap(c string) string {
	return `{"kind": "scenarios", "title": "t", "cases": [` + c + `]}`
}

const goodPeriod = `{"name": "a", "citation": "s.8(1)", "period": {"date": "2026-04-01", "expect": {"plan_period": "2026-2029"}}}`

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name     string
		input    string
		path     string
		category error
	}{
		{name: "not JSON", input: `{"kind": "scenarios",`, path: "", category: part3.ErrSyntax},
		{name: "wrong kind", input: `{"kind": "childrens-services-plan", "title": "t", "cases": []}`, path: "/kind", category: part3.ErrWrongKind},
		{name: "no title", input: `{"kind": "scenarios", "cases": [` + goodPeriod + `]}`, path: "/title", category: part3.ErrMissing},
		{name: "no cases", input: `{"kind": "scenarios", "title": "t", "cases": []}`, path: "/cases", category: part3.ErrMissing},
		{name: "unknown field", input: `{"kind": "scenarios", "title": "t", "bogus": 1, "cases": [` + goodPeriod + `]}`, path: "/bogus", category: part3.ErrUnknownField},
		{name: "unknown field in a case", input: wrap(`{"name": "a", "citation": "s.8(1)", "period": {"date": "2026-04-01", "expect": {"plan_perod": "2026-2029"}}}`),
			path: "/cases/0/period/expect/plan_perod", category: part3.ErrUnknownField},
		{name: "no name", input: wrap(`{"citation": "s.8(1)", "period": {"date": "2026-04-01", "expect": {"plan_period": "2026-2029"}}}`), path: "/cases/0/name", category: part3.ErrMissing},
		{name: "no citation", input: wrap(`{"name": "a", "period": {"date": "2026-04-01", "expect": {"plan_period": "2026-2029"}}}`), path: "/cases/0/citation", category: part3.ErrMissing},
		{name: "bad citation", input: wrap(`{"name": "a", "citation": "the Act", "period": {"date": "2026-04-01", "expect": {"plan_period": "2026-2029"}}}`), path: "/cases/0/citation", category: part3.ErrInvalidValue},
		{name: "duplicate name", input: wrap(goodPeriod + `,` + goodPeriod), path: "/cases/1/name", category: part3.ErrDuplicateID},
		{name: "no question", input: wrap(`{"name": "a", "citation": "s.8(1)"}`), path: "/cases/0", category: part3.ErrMissing},
		{name: "two questions", input: wrap(`{"name": "a", "citation": "s.8(1)", "period": {"date": "2026-04-01", "expect": {"plan_period": "2026-2029"}}, "child": {"date_of_birth": "2010-01-01", "on": "2026-01-01", "expect": {"child": true}}}`),
			path: "/cases/0", category: part3.ErrMissing},
		{name: "nothing expected", input: wrap(`{"name": "a", "citation": "s.8(1)", "period": {"date": "2026-04-01", "expect": {}}}`), path: "/cases/0/period/expect", category: part3.ErrMissing},
		{name: "not a period", input: wrap(`{"name": "a", "citation": "s.8(1)", "period": {"date": "2026-04-01", "expect": {"plan_period": "2021-2023"}}}`),
			path: "/cases/0/period/expect/plan_period", category: part3.ErrInvalidValue},
		{name: "impossible date", input: wrap(`{"name": "a", "citation": "s.8(1)", "period": {"date": "2026-02-30", "expect": {"plan_period": "2026-2029"}}}`),
			path: "/cases/0/period/date", category: part3.ErrInvalidValue},
		{name: "unknown error", input: wrap(`{"name": "a", "citation": "s.8(1)", "period": {"date": "2016-04-01", "expect": {"error": "too-early"}}}`),
			path: "/cases/0/period/expect/error", category: part3.ErrInvalidValue},
		{name: "the renamed before-commencement", input: wrap(`{"name": "a", "citation": "s.8(1)", "period": {"date": "2017-03-31", "expect": {"error": "before-commencement"}}}`),
			path: "/cases/0/period/expect/error", category: part3.ErrInvalidValue},
		{name: "context on a period", input: wrap(`{"name": "a", "citation": "s.8(1)", "context": {}, "period": {"date": "2026-04-01", "expect": {"plan_period": "2026-2029"}}}`),
			path: "/cases/0/context", category: part3.ErrInvalidValue},
		{name: "child without answer", input: wrap(`{"name": "a", "citation": "s.97(1)", "child": {"date_of_birth": "2010-01-01", "on": "2026-01-01", "expect": {}}}`),
			path: "/cases/0/child/expect/child", category: part3.ErrMissing},
		{name: "service declares its kind", input: wrap(`{"name": "a", "citation": "s.7(1)", "classification": {"on": "2026-01-01", "service": {"name": "x", "provider": "local-authority", "kind": "childrens-service", "wholly_or_mainly_for_children": true, "significant_effect_on_wellbeing": true}, "expect": {"kind": "childrens-service"}}}`),
			path: "/cases/0/classification/service/kind", category: part3.ErrInvalidValue},
		{name: "unknown provider", input: wrap(`{"name": "a", "citation": "s.7(1)", "classification": {"on": "2026-01-01", "service": {"name": "x", "provider": "police", "wholly_or_mainly_for_children": true, "significant_effect_on_wellbeing": true}, "expect": {"kind": "childrens-service"}}}`),
			path: "/cases/0/classification/service/provider", category: part3.ErrInvalidValue},
		{name: "unknown council", input: wrap(`{"name": "a", "citation": "s.7(6)", "planners": {"council": "Atlantis", "on": "2026-01-01", "expect": {"bodies": [{"role": "local-authority"}]}}}`),
			path: "/cases/0/planners/council", category: part3.ErrInvalidValue},
		{name: "unknown role", input: wrap(`{"name": "a", "citation": "s.7(6)", "planners": {"council": "Fife", "on": "2026-01-01", "expect": {"bodies": [{"role": "council"}]}}}`),
			path: "/cases/0/planners/expect/bodies/0/role", category: part3.ErrInvalidValue},
		{name: "unknown body", input: wrap(`{"name": "a", "citation": "s.7(6)", "planners": {"council": "Fife", "on": "2026-01-01", "expect": {"bodies": [{"role": "relevant-health-board", "name": "NHS Atlantis"}]}}}`),
			path: "/cases/0/planners/expect/bodies/0/name", category: part3.ErrInvalidValue},
		{name: "duty of no ID", input: wrap(`{"name": "a", "citation": "s.11(1)", "duty": {"id": "s11-revise", "expect": {"modality": "may"}}}`),
			path: "/cases/0/duty/id", category: part3.ErrDanglingReference},
		{name: "duty with nothing expected", input: wrap(`{"name": "a", "citation": "s.11(1)", "duty": {"id": "s11-revise-plan", "expect": {}}}`),
			path: "/cases/0/duty/expect", category: part3.ErrMissing},
		{name: "duty with an unknown role", input: wrap(`{"name": "a", "citation": "s.11(1)", "duty": {"id": "s11-revise-plan", "expect": {"bearers": ["council"]}}}`),
			path: "/cases/0/duty/expect/bearers/0", category: part3.ErrInvalidValue},
		{name: "context on a duty", input: wrap(`{"name": "a", "citation": "s.11(1)", "context": {}, "duty": {"id": "s11-revise-plan", "expect": {"modality": "may"}}}`),
			path: "/cases/0/context", category: part3.ErrInvalidValue},
		{name: "decision without applies", input: wrap(`{"name": "a", "citation": "s.17(1)", "decision": {"default_powers": {"function": "s13-annual-report"}, "expect": {}}}`),
			path: "/cases/0/decision/expect/applies", category: part3.ErrMissing},
		{name: "no without decided_by", input: wrap(`{"name": "a", "citation": "s.17(1)", "decision": {"default_powers": {"function": "s13-annual-report"}, "expect": {"applies": false}}}`),
			path: "/cases/0/decision/expect/decided_by", category: part3.ErrMissing},
		{name: "outcome contradicts applies", input: wrap(`{"name": "a", "citation": "s.17(1)", "decision": {"default_powers": {"function": "s13-annual-report"}, "expect": {"applies": true, "outcome": "excepted"}}}`),
			path: "/cases/0/decision/expect/outcome", category: part3.ErrInvalidValue},
		{name: "decision with no question", input: wrap(`{"name": "a", "citation": "s.17(1)", "decision": {"expect": {"applies": true}}}`),
			path: "/cases/0/decision", category: part3.ErrMissing},
		{name: "unknown function", input: wrap(`{"name": "a", "citation": "s.17(1)", "decision": {"default_powers": {"function": "s99-nothing"}, "expect": {"applies": true}}}`),
			path: "/cases/0/decision/default_powers/function", category: part3.ErrDanglingReference},
		{name: "implementation without council", input: wrap(`{"name": "a", "citation": "s.12(1)", "decision": {"implementation": {"period": "2026-2029", "on": "2026-05-01", "provider": "police-scotland", "service": {"id": "S1"}}, "expect": {"applies": true}}}`),
			path: "/cases/0/decision/implementation/council", category: part3.ErrMissing},
		{name: "document without document", input: wrap(`{"name": "a", "citation": "s.10(8)", "document": {"expect": {"no_statutory_findings": true}}}`),
			path: "/cases/0/document", category: part3.ErrMissing},
		{name: "inline document not an object", input: wrap(`{"name": "a", "citation": "s.10(8)", "document": {"inline": [1], "expect": {"no_statutory_findings": true}}}`),
			path: "/cases/0/document/inline", category: part3.ErrWrongType},
		{name: "inline document of unknown kind", input: wrap(`{"name": "a", "citation": "s.10(8)", "document": {"inline": {"kind": "letter"}, "expect": {"no_statutory_findings": true}}}`),
			path: "/cases/0/document/inline", category: part3.ErrWrongKind},
		{name: "inline document with an unknown field", input: wrap(`{"name": "a", "citation": "s.10(8)", "document": {"inline": {"kind": "notice-of-disagreement", "issuer": "police-scotland", "plan": {"councils": ["Fife"], "period": "2026-2029"}, "bogus": 1}, "expect": {"no_statutory_findings": true}}}`),
			path: "/cases/0/document/inline/bogus", category: part3.ErrUnknownField},
		{name: "inline document missing a value", input: wrap(`{"name": "a", "citation": "s.10(8)", "document": {"inline": {"kind": "notice-of-disagreement", "plan": {"councils": ["Fife"], "period": "2026-2029"}}, "expect": {"no_statutory_findings": true}}}`),
			path: "/cases/0/document/inline/issuer", category: part3.ErrMissing},
		{name: "document by path with no reader", input: wrap(`{"name": "a", "citation": "s.10(8)", "document": {"path": "notice.json", "expect": {"no_statutory_findings": true}}}`),
			path: "/cases/0/document/path", category: part3.ErrInvalidValue},
		{name: "inline and path", input: wrap(`{"name": "a", "citation": "s.10(8)", "document": {"inline": {"kind": "x"}, "path": "notice.json", "expect": {"no_statutory_findings": true}}}`),
			path: "/cases/0/document/path", category: part3.ErrInvalidValue},
		{name: "nothing expected of a document", input: wrap(`{"name": "a", "citation": "s.10(8)", "document": {"inline": ` + noticeJSON + `, "expect": {}}}`),
			path: "/cases/0/document/expect", category: part3.ErrMissing},
		{name: "unknown rule", input: wrap(`{"name": "a", "citation": "s.10(8)", "document": {"inline": ` + noticeJSON + `, "expect": {"absent": [{"rule": "consult.notice-isuer"}]}}}`),
			path: "/cases/0/document/expect/absent/0/rule", category: part3.ErrDanglingReference},
		{name: "rule of another kind of document", input: wrap(`{"name": "a", "citation": "s.10(8)", "document": {"inline": ` + noticeJSON + `, "expect": {"absent": [{"rule": "plan.published"}]}}}`),
			path: "/cases/0/document/expect/absent/0/rule", category: part3.ErrDanglingReference},
		{name: "finding by nothing", input: wrap(`{"name": "a", "citation": "s.10(8)", "document": {"inline": ` + noticeJSON + `, "expect": {"findings": [{"path": "/issuer"}]}}}`),
			path: "/cases/0/document/expect/findings/0", category: part3.ErrMissing},
		{name: "path not a pointer", input: wrap(`{"name": "a", "citation": "s.10(8)", "document": {"inline": ` + noticeJSON + `, "expect": {"findings": [{"rule": "consult.notice-issuer", "path": "issuer"}]}}}`),
			path: "/cases/0/document/expect/findings/0/path", category: part3.ErrInvalidValue},
		{name: "bodies in breach of a condition", input: wrap(`{"name": "a", "citation": "s.10(8)", "document": {"inline": ` + noticeJSON + `, "expect": {"absent": [{"rule": "consult.notice-issuer", "severity": "condition", "by": ["Police Scotland"]}]}}}`),
			path: "/cases/0/document/expect/absent/0/by", category: part3.ErrInvalidValue},
		{name: "an empty body in breach", input: wrap(`{"name": "a", "citation": "s.10(8)", "document": {"inline": ` + noticeJSON + `, "expect": {"absent": [{"severity": "statutory", "by": [""]}]}}}`),
			path: "/cases/0/document/expect/absent/0/by/0", category: part3.ErrInvalidValue},
		{name: "legal effect of a history", input: wrap(`{"name": "a", "citation": "s.10(7)", "document": {"inline": {"kind": "planning-history", "council": "Fife"}, "as_of": "2026-01-01", "expect": {"legal_effect": true}}}`),
			path: "/cases/0/document/expect/legal_effect", category: part3.ErrInvalidValue},
		{name: "history without as_of", input: wrap(`{"name": "a", "citation": "s.10(7)", "document": {"inline": {"kind": "planning-history", "council": "Fife"}, "expect": {"no_statutory_findings": true}}}`),
			path: "/cases/0/document/as_of", category: part3.ErrMissing},
		{name: "calendar of another council's history", input: wrap(`{"name": "a", "citation": "s.8(1)", "calendar": {"council": "Fife", "as_of": "2026-01-01", "history": {"kind": "planning-history", "council": "Angus"}, "expect": {"obligations": [{"duty": "s8-prepare-plan", "plan_period": "2026-2029", "status": "due"}]}}}`),
			path: "/cases/0/calendar/history/council", category: part3.ErrInvalidValue},
		{name: "calendar obligation of no duty", input: wrap(`{"name": "a", "citation": "s.8(1)", "calendar": {"council": "Fife", "as_of": "2026-01-01", "expect": {"obligations": [{"duty": "s8-prepare", "plan_period": "2026-2029", "status": "due"}]}}}`),
			path: "/cases/0/calendar/expect/obligations/0/duty", category: part3.ErrDanglingReference},
		{name: "calendar obligation without a period", input: wrap(`{"name": "a", "citation": "s.8(1)", "calendar": {"council": "Fife", "as_of": "2026-01-01", "expect": {"obligations": [{"duty": "s8-prepare-plan", "status": "due"}]}}}`),
			path: "/cases/0/calendar/expect/obligations/0/plan_period", category: part3.ErrMissing},
		{name: "calendar obligation without a status", input: wrap(`{"name": "a", "citation": "s.8(1)", "calendar": {"council": "Fife", "as_of": "2026-01-01", "expect": {"obligations": [{"duty": "s8-prepare-plan", "plan_period": "2026-2029"}]}}}`),
			path: "/cases/0/calendar/expect/obligations/0/status", category: part3.ErrMissing},
		{name: "severity of an obligation met", input: wrap(`{"name": "a", "citation": "s.8(1)", "calendar": {"council": "Fife", "as_of": "2026-01-01", "expect": {"obligations": [{"duty": "s8-prepare-plan", "plan_period": "2026-2029", "status": "met", "severity": "statutory"}]}}}`),
			path: "/cases/0/calendar/expect/obligations/0/severity", category: part3.ErrInvalidValue},
		{name: "relief of no duty", input: wrap(`{"name": "a", "citation": "s.8(1)", "context": {"reliefs": [{"duty": "s99", "until": "2020-09-30", "citation": "Coronavirus (Scotland) Act 2020"}]}, "calendar": {"council": "Fife", "as_of": "2026-01-01", "expect": {"obligations": [{"duty": "s8-prepare-plan", "plan_period": "2026-2029", "status": "due"}]}}}`),
			path: "/cases/0/context/reliefs/0/duty", category: part3.ErrDanglingReference},
		{name: "order of no effect", input: `{"kind": "scenarios", "title": "t", "context": {"service_orders": [{"title": "o", "effective": "2027-04-01", "effect": "abolish", "services": ["x"]}]}, "cases": [` + goodPeriod + `]}`,
			path: "/context/service_orders/0/effect", category: part3.ErrInvalidValue},
		{name: "order of no services", input: `{"kind": "scenarios", "title": "t", "context": {"service_orders": [{"title": "o", "effective": "2027-04-01", "effect": "exclude-related-service"}]}, "cases": [` + goodPeriod + `]}`,
			path: "/context/service_orders/0/services", category: part3.ErrMissing},
		{name: "removing a provider not listed", input: `{"kind": "scenarios", "title": "t", "context": {"register_changes": [{"action": "remove", "effective": "2027-04-01", "entry": {"id": "skills-development-scotland"}}]}, "cases": [` + goodPeriod + `]}`,
			path: "/context/register_changes/0", category: part3.ErrInvalidValue},
		{name: "direction specifying nobody", input: `{"kind": "scenarios", "title": "t", "context": {"directions": [{"id": "d", "made": "2027-04-01"}]}, "cases": [` + goodPeriod + `]}`,
			path: "/context/directions/0/persons", category: part3.ErrMissing},
		{name: "prescribed outcome without a period", input: `{"kind": "scenarios", "title": "t", "context": {"prescribed_outcomes": [{"id": "o", "outcome": "x"}]}, "cases": [` + goodPeriod + `]}`,
			path: "/context/prescribed_outcomes/0/from", category: part3.ErrMissing},
		{name: "prescribed outcome twice", input: `{"kind": "scenarios", "title": "t", "context": {"prescribed_outcomes": [{"id": "o", "from": "2027-2028"}, {"id": "o", "from": "2028-2029"}]}, "cases": [` + goodPeriod + `]}`,
			path: "/context/prescribed_outcomes/1/id", category: part3.ErrDuplicateID},
		{name: "report against a notice", input: wrap(`{"name": "a", "citation": "s.13(1)", "document": {"inline": {"kind": "annual-report", "partnership": {"councils": ["Fife"]}, "reporting_period": "2025-2026", "plan": {"period": "2023-2026"}}, "plan": ` + noticeJSON + `, "expect": {"no_statutory_findings": true}}}`),
			path: "/cases/0/document/plan", category: part3.ErrInvalidValue},
		{name: "a document with no as-of date", input: wrap(`{"name": "a", "citation": "s.10(8)", "document": {"inline": ` + noticeJSON + `, "expect": {"legal_effect": true}}}`),
			path: "/cases/0/document/as_of", category: part3.ErrMissing},
		{name: "a context with a commencement before the 2026 Act", input: wrap(`{"name": "a", "citation": "s.7(6)", "context": {"act_2026_s60_commencement": "2007-04-01"}, "planners": {"council": "Fife", "on": "2027-04-01", "expect": {"bodies": [{"role": "local-authority"}]}}}`),
			path: "/cases/0/context/act_2026_s60_commencement", category: part3.ErrInvalidValue},
		{name: "a decision with no as-of date", input: wrap(`{"name": "a", "citation": "s.17(1)", "decision": {"default_powers": {"function": "s13-annual-report", "failure": "not-exercising"}, "expect": {"applies": true}}}`),
			path: "/cases/0/context/as_of", category: part3.ErrMissing},
		{name: "retired member consulted", input: wrap(`{"name": "a", "citation": "s.10(6)", "context": {"as_of": "2026-01-01"}, "decision": {"consultee_request": {"consulted": true, "test": {}}, "expect": {"applies": false, "decided_by": "s.10(6)"}}}`),
			path: "/cases/0/decision/consultee_request/consulted", category: part3.ErrUnknownField},
		{name: "retired member prisons_act_function of an inline notice", input: wrap(`{"name": "a", "citation": "s.10(8)", "document": {"inline": {"kind": "notice-of-disagreement", "issuer": "scottish-ministers", "prisons_act_function": true, "plan": {"councils": ["Fife"], "period": "2026-2029"}}, "as_of": "2026-06-01", "expect": {"legal_effect": false}}}`),
			path: "/cases/0/document/inline/prisons_act_function", category: part3.ErrUnknownField},
		{name: "a count of absent findings", input: wrap(`{"name": "a", "citation": "s.10(8)", "document": {"inline": ` + noticeJSON + `, "as_of": "2026-06-01", "expect": {"absent": [{"rule": "consult.notice-issuer", "count": 1}]}}}`),
			path: "/cases/0/document/expect/absent/0/count", category: part3.ErrInvalidValue},
		{name: "a negative count", input: wrap(`{"name": "a", "citation": "s.10(8)", "document": {"inline": ` + noticeJSON + `, "as_of": "2026-06-01", "expect": {"findings": [{"rule": "consult.notice-issuer", "count": -1}]}}}`),
			path: "/cases/0/document/expect/findings/0/count", category: part3.ErrInvalidValue},
		{name: "blank known failure", input: wrap(`{"name": "a", "citation": "s.8(1)", "known_failure": " ", "period": {"date": "2026-04-01", "expect": {"plan_period": "2026-2029"}}}`),
			path: "/cases/0/known_failure", category: part3.ErrMissing},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode("case.json", []byte(tt.input), nil)
			var ie *part3.InputError
			require.True(t, errors.As(err, &ie), "want an *part3.InputError, got %v", err)
			if ie.Path != tt.path || !errors.Is(err, tt.category) {
				t.Errorf("error %q: path %q category %v; want path %q category %v", err, ie.Path, ie.Category, tt.path, tt.category)
			}
			if ie.File != "case.json" {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
}

const noticeJSON = `{"kind": "notice-of-disagreement", "issuer": "police-scotland", "plan": {"councils": ["Fife"], "period": "2026-2029"},
 "matters": [{"service_id": "S1", "aspect": "a"}], "reasons": "r", "published": {"date": "2026-05-01"}}`

// TestDecodeRetiredMembers: a member a question or a notice once had is
// refused with an error that says what replaced it.
func TestDecodeRetiredMembers(t *testing.T) {
	for name, input := range map[string]string{
		`"category" in its place`:                        wrap(`{"name": "a", "citation": "s.14(2)(b)", "decision": {"assistance": {"person": "other-organisation", "on": "2026-01-15", "consulted": true, "test": {}}, "expect": {"applies": true}}}`),
		"no longer a member of a notice of disagreement": wrap(`{"name": "a", "citation": "s.10(8)", "document": {"inline": {"kind": "notice-of-disagreement", "issuer": "scottish-ministers", "prisons_act_function": true, "plan": {"councils": ["Fife"], "period": "2026-2029"}}, "as_of": "2026-06-01", "expect": {"legal_effect": false}}}`),
	} {
		_, err := Decode("case.json", []byte(input), nil)
		if err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("error %v does not say %q", err, name)
		}
	}
}

// TestDecodeInlinePosition checks that an error inside an inline document
// names its line and column in the scenario file.
func TestDecodeInlinePosition(t *testing.T) {
	input := "{\"kind\": \"scenarios\", \"title\": \"t\", \"cases\": [\n" +
		"  {\"name\": \"a\", \"citation\": \"s.10(8)\", \"document\": {\"inline\": {\n" +
		"    \"kind\": \"notice-of-disagreement\",\n" +
		"    \"issuer\": \"police\",\n" +
		"    \"plan\": {\"councils\": [\"Fife\"], \"period\": \"2026-2029\"}},\n" +
		"   \"expect\": {\"no_statutory_findings\": true}}}]}"
	_, err := Decode("case.json", []byte(input), nil)
	var ie *part3.InputError
	require.True(t, errors.As(err, &ie), "got %v", err)
	got := []any{ie.File, ie.Path, ie.Line, ie.Column}
	want := []any{"case.json", "/cases/0/document/inline/issuer", 4, 15}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("error %q (-want +got):\n%s", err, diff)
	}
}

// TestDecodeDocumentByPath checks that a document given by path is read
// relative to the scenario file, and that one that cannot be read is bad
// input naming the path.
func TestDecodeDocumentByPath(t *testing.T) {
	input := wrap(`{"name": "a", "citation": "s.10(8)", "document": {"path": "notice.json", "as_of": "2026-11-26", "expect": {"legal_effect": true}}}`)
	var asked string
	read := func(name string) ([]byte, error) {
		asked = name
		return []byte(noticeJSON), nil
	}
	f, err := Decode("dir/case.json", []byte(input), read)
	require.NoError(t, err)
	if asked != "dir/notice.json" && asked != `dir\notice.json` {
		t.Errorf("read %q, want dir/notice.json", asked)
	}
	require.Equal(t, Pass, f.RunCase(0).Status, f.RunCase(0).String())

	_, err = Decode("dir/case.json", []byte(input), func(string) ([]byte, error) { return nil, os.ErrNotExist })
	var ie *part3.InputError
	require.True(t, errors.As(err, &ie), "got %v", err)
	if ie.Path != "/cases/0/document/path" || !strings.Contains(err.Error(), "dir/case.json") {
		t.Errorf("error %q does not name the scenario file and the path", err)
	}
}

// TestRenamedPeriodError: the former "before-commencement" is refused with
// a message that names "before-first-period", which replaced it.
func TestRenamedPeriodError(t *testing.T) {
	_, err := Decode("f.json", []byte(wrap(`{"name": "a", "citation": "s.8(1)", "period": {"date": "2017-03-31", "expect": {"error": "before-commencement"}}}`)), nil)
	require.ErrorIs(t, err, part3.ErrInvalidValue)
	require.Contains(t, err.Error(), `"before-first-period", which replaced "before-commencement"`)
}

// TestDecodeSuggestsDuty: a misspelt duty ID is told the one meant.
func TestDecodeSuggestsDuty(t *testing.T) {
	_, err := Decode("case.json", []byte(wrap(`{"name": "a", "citation": "s.11(1)", "duty": {"id": "s11-revise-plans", "expect": {"modality": "may"}}}`)), nil)
	require.ErrorContains(t, err, `no duty "s11-revise-plans" in the catalogue; did you mean "s11-revise-plan"?`)
}
