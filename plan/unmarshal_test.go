package plan

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/service"
)

// byHand are the types whose UnmarshalJSONFrom is written by hand, with
// the member names each gives part3.Reader.
var byHand = []struct {
	typ     reflect.Type
	members []string
}{
	{reflect.TypeFor[Plan](), planMembers},
	{reflect.TypeFor[Service](), serviceMembers},
	{reflect.TypeFor[Action](), actionMembers},
	{reflect.TypeFor[Outcome](), outcomeMembers},
	{reflect.TypeFor[Indicator](), indicatorMembers},
	{reflect.TypeFor[Measure](), measureMembers},
	{reflect.TypeFor[Priority](), priorityMembers},
	{reflect.TypeFor[Evidence](), evidenceMembers},
}

// jsonMembers returns the JSON member names of struct type t in the order
// of its fields, an embedded struct's in its place, as decoding by fields
// lists them.
func jsonMembers(t reflect.Type) []string {
	var out []string
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case f.Anonymous && name == "":
			out = append(out, jsonMembers(f.Type)...)
		case name == "-", !f.IsExported():
		case name == "":
			out = append(out, f.Name)
		default:
			out = append(out, name)
		}
	}
	return out
}

// TestByHandMembers: each decoder written by hand knows the members of
// its type's fields, in their order, so that an unknown member is told the
// same list of members whichever decoder reads it.
func TestByHandMembers(t *testing.T) {
	for _, h := range byHand {
		if diff := cmp.Diff(jsonMembers(h.typ), h.members); diff != "" {
			t.Errorf("%s: members (-fields +by hand):\n%s", h.typ, diff)
		}
		d := part3.TypeDepth(h.typ)
		if d <= 0 || d > part3.MaxDepth {
			t.Errorf("%s: declares a depth of %d", h.typ, d)
		}
	}
}

// sameByHand decodes data with the decoders written by hand and by the
// types' fields, and fails unless both give the same plan or the same
// problems.
func sameByHand(t testing.TB, data []byte) {
	t.Helper()
	var byHand, byFields Plan
	errHand := part3.Decode("plan.json", data, &byHand)
	errFields := part3.DecodeReflective("plan.json", data, &byFields)
	if (errHand == nil) != (errFields == nil) {
		t.Fatalf("by hand: %v\nby fields: %v\n%s", errHand, errFields, data)
	}
	if errHand != nil {
		var a, b *part3.InputError
		require.ErrorAs(t, errHand, &a)
		require.ErrorAs(t, errFields, &b)
		pa, pb := a.Problems(), b.Problems()
		if len(pa) != len(pb) || a.Omitted != b.Omitted {
			t.Fatalf("by hand %d problems (%d more), by fields %d (%d more):\n%v\n%v", len(pa), a.Omitted, len(pb), b.Omitted, errHand, errFields)
		}
		for i := range pa {
			if pa[i].Error() != pb[i].Error() || !errorsMatch(pa[i], pb[i]) {
				t.Fatalf("problem %d:\nby hand:   %v\nby fields: %v", i, pa[i], pb[i])
			}
		}
		return
	}
	if diff := cmp.Diff(byFields, byHand); diff != "" {
		t.Fatalf("plans differ (-by fields +by hand):\n%s", diff)
	}
}

// errorsMatch reports whether two problems have the same fields.
func errorsMatch(a, b *part3.InputError) bool {
	return a.File == b.File && a.Path == b.Path && a.Line == b.Line && a.Column == b.Column &&
		a.Category == b.Category && a.Expected == b.Expected
}

// TestByHandMatchesFields holds the decoders written by hand to decoding
// by fields, on every sample plan, the bench plans and plans broken in
// the ways the decoders report.
func TestByHandMatchesFields(t *testing.T) {
	var docs [][]byte
	for _, pattern := range []string{"testdata/*.json", "testdata/rules/*.json"} {
		files, err := filepath.Glob(pattern)
		require.NoError(t, err)
		for _, name := range files {
			data, err := os.ReadFile(name)
			require.NoError(t, err)
			docs = append(docs, data)
		}
	}
	docs = append(docs, sized(t, 100))
	for _, c := range byHandBroken {
		docs = append(docs, edit(t, "rules/base.json", c...))
	}
	for _, raw := range byHandRaw {
		docs = append(docs, []byte(raw))
	}
	for _, data := range docs {
		sameByHand(t, data)
	}
}

// byHandBroken are edits of the base plan that break it where the
// decoders written by hand read.
var byHandBroken = [][]change{
	{{"/services/0/id", 5}, {"/services/0/provder", "x"}, {"/services/1/actions/0/due", "2023-02-30"}},
	{{"/services/0/prevention", []any{"early", nil, 3}}, {"/services/0/councils", []any{"Fife", ""}}},
	{{"/services/0/actions", map[string]any{}}, {"/services", []any{nil, 3, "x", []any{}}}},
	{{"/outcomes/0/wellbeing", []any{"Safe", "happy", ""}}, {"/outcomes/0/priorities", []any{1, nil}}},
	{{"/indicators/0/baseline", map[string]any{"value": "x", "date": "", "unit": nil, "extra": true}}},
	{{"/indicators/0/milestones", []any{map[string]any{"value": "1e400"}, nil}}, {"/indicators/0/target", nil}},
	{{"/priorities/0/measurable", "yes"}, {"/priorities/0/evidence", "E1"}},
	{{"/needs_assessment/evidence/0/type", "quantitive"}, {"/needs_assessment/evidence/0/date", nil}},
	{{"/services/0/joint_providers", []any{map[string]any{"provider": "Police Scotland"}}}},
	{{"/kind", nil}, {"/title", 3}, {"/period", "2014-2017"}, {"/colour", "blue"}},
}

// byHandRaw are documents the edits above cannot make.
var byHandRaw = []string{
	`{"kind": "childrens-services-plan", "kind": "x", "services": [{"id": "a", "id": "b", "actions": [{"id": "c", "id": "d"}]}]}`,
	`{"services": [{"id": "S1", "actions": [{"id": "A1"`,
	`{"services": [{"na\u006de": "escaped \u00e9", "id": "S\u0031"}]}`,
	`{"services": [{"id": "S1"}] , "services": []}`,
	`{"indicators": [{"baseline": {"value": 1e400}, "milestones": [{"value": 1.5e3, "date": "2026-04-01"}]}]}`,
	`[]`, `null`, `"plan"`, `{"services": [` + strings.Repeat(`{"id": "x"},`, 20) + `{}]}`,
}

// FuzzDecodeByHand holds the decoders written by hand to decoding by
// fields on any input: the same plan, or the same problems.
func FuzzDecodeByHand(f *testing.F) {
	seeds(f, func(data []byte) { f.Add(data) })
	for _, raw := range byHandRaw {
		f.Add([]byte(raw))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		sameByHand(t, data)
	})
}

// TestClassifierKnowsEveryProvider: the classifier's table has a row for
// each provider with a text form.
func TestClassifierKnowsEveryProvider(t *testing.T) {
	var want []service.Provider
	want = append(want, service.Providers()...)
	if diff := cmp.Diff(want, providerIndex[:]); diff != "" {
		t.Errorf("(-service.Providers +providerIndex):\n%s", diff)
	}
	for i, p := range providerIndex {
		if n, ok := indexOf(p); !ok || n != i+1 {
			t.Errorf("indexOf(%q) = %d, %v; want %d, true", p, n, ok, i+1)
		}
	}
	if n, ok := indexOf(""); !ok || n != 0 {
		t.Errorf("indexOf(\"\") = %d, %v; want 0, true", n, ok)
	}
	if _, ok := indexOf("no-such-provider"); ok {
		t.Error("indexOf knows a provider with no text form")
	}
}
