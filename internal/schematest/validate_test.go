package schematest

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestValidate(t *testing.T) {
	const schema = `{
		"$schema": "https://json-schema.org/draft/2020-12/schema",
		"title": "t",
		"type": "object",
		"additionalProperties": false,
		"required": ["kind"],
		"properties": {
			"kind": {"const": "k"},
			"day": {"description": "d", "$ref": "#/$defs/date"},
			"n": {"type": "integer", "minimum": 0},
			"tags": {"type": "array", "minItems": 1, "uniqueItems": true, "items": {"type": "string", "minLength": 2}},
			"colour": {"enum": ["red", "green"]},
			"dates": {"type": "object", "additionalProperties": {"$ref": "#/$defs/date"}},
			"a": {"type": "boolean"},
			"b": {"type": "boolean"}
		},
		"oneOf": [{"required": ["a"]}, {"required": ["b"]}],
		"not": {"required": ["n", "colour"]},
		"$defs": {"date": {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}}
	}`
	tests := []struct {
		name string
		doc  string
		want string // a part of the error; "" for none
	}{
		{"valid", `{"kind": "k", "a": true, "day": "2026-04-01", "tags": ["ab", "cd"], "colour": "red", "dates": {"x/y": "2026-04-01"}}`, ""},
		{"minLength counts characters", `{"kind": "k", "a": true, "tags": ["é€"]}`, ""},
		{"integer and minimum", `{"kind": "k", "b": true, "n": 0}`, ""},
		{"const", `{"kind": "j", "a": true}`, `/kind: j is not k`},
		{"missing", `{"a": true}`, `/: missing "kind"`},
		{"unknown member", `{"kind": "k", "a": true, "bogus": 1}`, `/bogus: unknown member "bogus"`},
		{"ref", `{"kind": "k", "a": true, "day": "1 April 2026"}`, `/day: "1 April 2026" does not match`},
		{"additional properties schema", `{"kind": "k", "a": true, "dates": {"x/y": "soon"}}`, `/dates/x~1y: "soon" does not match`},
		{"integer", `{"kind": "k", "a": true, "n": 1.5}`, `/n: 1.5 is not of type integer`},
		{"minimum", `{"kind": "k", "a": true, "n": -1}`, `/n: -1 is below 0`},
		{"minItems", `{"kind": "k", "a": true, "tags": []}`, `/tags: fewer than 1 items`},
		{"uniqueItems", `{"kind": "k", "a": true, "tags": ["ab", "ab"]}`, `/tags: items 0 and 1 are the same`},
		{"minLength", `{"kind": "k", "a": true, "tags": ["a"]}`, `/tags/0: "a" is shorter than 2`},
		{"enum", `{"kind": "k", "a": true, "colour": "blue"}`, `/colour: blue is not one of`},
		{"oneOf none", `{"kind": "k"}`, `matches 0 of oneOf`},
		{"oneOf two", `{"kind": "k", "a": true, "b": false}`, `matches 2 of oneOf`},
		{"not", `{"kind": "k", "a": true, "n": 1, "colour": "red"}`, `/: matches not`},
	}
	var s map[string]any
	if err := json.Unmarshal([]byte(schema), &s); err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v any
			if err := json.Unmarshal([]byte(tt.doc), &v); err != nil {
				t.Fatal(err)
			}
			err := Validate(s, v)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("Validate: %v, want nil", err)
			case tt.want != "" && err == nil:
				t.Errorf("Validate: nil, want an error containing %q", tt.want)
			case tt.want != "" && !strings.Contains(err.Error(), tt.want):
				t.Errorf("Validate: %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

// TestValidateRefusesWhatItDoesNotCheck checks that a schema that relies
// on a keyword Validate does not check, or on a definition it does not
// have, is an error rather than a pass.
func TestValidateRefusesWhatItDoesNotCheck(t *testing.T) {
	for _, schema := range []string{
		`{"type": "string", "maxLength": 3}`,
		`{"type": ["string", "null"]}`,
		`{"$ref": "#/$defs/none"}`,
		`{"$ref": "other.schema.json"}`,
	} {
		var s map[string]any
		if err := json.Unmarshal([]byte(schema), &s); err != nil {
			t.Fatal(err)
		}
		if err := Validate(s, "abcdef"); err == nil {
			t.Errorf("Validate with schema %s: nil, want an error", schema)
		}
	}
}
