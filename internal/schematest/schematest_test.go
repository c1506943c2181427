package schematest

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type inner struct {
	B string `json:"b"`
}

type Embedded struct {
	E int `json:"e,omitzero"`
}

type outer struct {
	Embedded
	A        string  `json:"a"`
	Items    []inner `json:"items"`
	Ref      *inner  `json:"ref"`
	Skipped  int     `json:"-"`
	Untagged int
}

// errorsOf is a testing.TB that records Errorf instead of failing.
type errorsOf struct {
	testing.TB
	got []string
}

func (e *errorsOf) Helper() {}

func (e *errorsOf) Errorf(format string, args ...any) {
	e.got = append(e.got, fmt.Sprintf(format, args...))
}

func TestMatchesStruct(t *testing.T) {
	const good = `{
		"properties": {
			"a": {"type": "string"}, "e": {"type": "integer"}, "Untagged": {"type": "integer"},
			"items": {"type": "array", "items": {"$ref": "#/$defs/inner"}},
			"ref": {"$ref": "#/$defs/inner"}
		},
		"additionalProperties": false,
		"$defs": {"inner": {"properties": {"b": {"type": "string"}}, "additionalProperties": false}}
	}`
	tests := []struct {
		name   string
		schema string
		want   []string // substrings of the errors, in the order of the errors sorted
	}{
		{name: "matches", schema: good},
		{name: "member missing", schema: strings.Replace(good, `"a": {"type": "string"}, `, "", 1),
			want: []string{`members (-Go +schema)`}},
		{name: "extra member in a definition", schema: strings.Replace(good, `"b": {"type": "string"}`, `"b": {"type": "string"}, "c": {}`, 1),
			want: []string{`/items (schematest.inner): members`, `/ref (schematest.inner): members`}},
		{name: "additional properties allowed", schema: strings.Replace(good, `"additionalProperties": false,`, "", 1),
			want: []string{`: schema allows additional properties`}},
		{name: "no definition", schema: strings.Replace(good, `"ref": {"$ref": "#/$defs/inner"}`, `"ref": {"$ref": "#/$defs/none"}`, 1),
			want: []string{`/ref: schema has no definition for $ref "#/$defs/none"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var schema map[string]any
			if err := json.Unmarshal([]byte(tt.schema), &schema); err != nil {
				t.Fatal(err)
			}
			e := &errorsOf{TB: t}
			MatchesStruct(e, schema, reflect.TypeFor[outer]())
			slices.Sort(e.got)
			if len(e.got) != len(tt.want) {
				t.Fatalf("errors %q, want %d", e.got, len(tt.want))
			}
			for i, w := range tt.want {
				if !strings.Contains(e.got[i], w) {
					t.Errorf("error %q, want it to contain %q", e.got[i], w)
				}
			}
		})
	}
}

func TestEnum(t *testing.T) {
	var schema map[string]any
	err := json.Unmarshal([]byte(`{"properties": {"list": {"type": "array", "items": {"properties": {"kind": {"enum": ["x", "y"]}}}}}}`), &schema)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"x", "y"}, Enum(t, schema, "list", "kind")); diff != "" {
		t.Errorf("Enum (-want +got):\n%s", diff)
	}
}
