package schematest

import (
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
		{"a leap day", `{"kind": "k", "a": true, "day": "2024-02-29"}`, ""},
		{"const", `{"kind": "j", "a": true}`, `at '/kind': value must be 'k'`},
		{"missing", `{"a": true}`, `missing property 'kind'`},
		{"unknown member", `{"kind": "k", "a": true, "bogus": 1}`, `additional properties 'bogus' not allowed`},
		{"ref", `{"kind": "k", "a": true, "day": "1 April 2026"}`, `at '/day': '1 April 2026' is not valid date`},
		{"additional properties schema", `{"kind": "k", "a": true, "dates": {"x/y": "soon"}}`, `at '/dates/x~1y': 'soon' is not valid date`},
		{"no such day", `{"kind": "k", "a": true, "day": "2026-02-30"}`, `at '/day': '2026-02-30' is not valid date`},
		{"no leap day", `{"kind": "k", "a": true, "dates": {"x": "2026-02-29"}}`, `at '/dates/x': '2026-02-29' is not valid date`},
		{"no such month", `{"kind": "k", "a": true, "day": "2026-13-01"}`, `at '/day': '2026-13-01' is not valid date`},
		{"integer", `{"kind": "k", "a": true, "n": 1.5}`, `at '/n': got number, want integer`},
		{"minimum", `{"kind": "k", "a": true, "n": -1}`, `at '/n': minimum: got -1, want 0`},
		{"minItems", `{"kind": "k", "a": true, "tags": []}`, `at '/tags': minItems: got 0, want 1`},
		{"uniqueItems", `{"kind": "k", "a": true, "tags": ["ab", "ab"]}`, `at '/tags': items at 0 and 1 are equal`},
		{"minLength", `{"kind": "k", "a": true, "tags": ["a"]}`, `at '/tags/0': minLength: got 1, want 2`},
		{"enum", `{"kind": "k", "a": true, "colour": "blue"}`, `at '/colour': value must be one of 'red', 'green'`},
		{"oneOf none", `{"kind": "k"}`, `'oneOf' failed, none matched`},
		{"oneOf two", `{"kind": "k", "a": true, "b": false}`, `'oneOf' failed, subschemas 0, 1 matched`},
		{"not", `{"kind": "k", "a": true, "n": 1, "colour": "red"}`, `'not' failed`},
		{"every problem", `{"kind": "j", "a": true, "n": -1}`, `at '/n': minimum`},
		{"not JSON", `{"kind": "k",}`, `the document is not JSON`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Validate([]byte(schema), []byte(tt.doc))
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

// TestCompileRefusesBadSchemas checks that a schema that does not meet the
// draft 2020-12 metaschema, that misspells a keyword, or that refers to
// what it does not hold is an error rather than a pass, from Compile and
// from Validate.
func TestCompileRefusesBadSchemas(t *testing.T) {
	tests := []struct {
		name   string
		schema string
		want   string // a part of the error
	}{
		{"not JSON", `{"type": "string",}`, `the schema is not JSON`},
		{"unknown type", `{"type": "strnig"}`, `at '/type'`},
		{"keyword of the wrong type", `{"type": "string", "minLength": "3"}`, `at '/minLength': got string, want integer`},
		{"pattern not a regular expression", `{"type": "string", "pattern": "(["}`, `at '/pattern'`},
		{"keyword misspelt", `{"type": "object", "additionalProperites": false}`, `at '/additionalProperites': false schema`},
		{"keyword misspelt in a subschema", `{"properties": {"a": {"tpye": "string"}}}`, `at '/properties/a/tpye': false schema`},
		{"keyword misspelt in a definition", `{"$defs": {"d": {"minLenght": 1}}}`, `at '/$defs/d/minLenght': false schema`},
		{"no such definition", `{"$ref": "#/$defs/none"}`, `#/$defs/none" not found`},
		{"another schema", `{"$id": "https://example.org/a.schema.json", "$ref": "b.schema.json"}`, `a schema may refer only to itself`},
		{"a file", `{"$ref": "file:///etc/hostname"}`, `a schema may refer only to itself`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Compile([]byte(tt.schema))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Compile: %v, want an error containing %q", err, tt.want)
			}
			if err := Validate([]byte(tt.schema), []byte(`"abcdef"`)); err == nil {
				t.Error("Validate: nil, want an error")
			}
		})
	}
}

// TestCompileAcceptsWhatDraft2020Defines checks that the strict metaschema
// refuses only unknown keywords: a member named like a keyword inside
// "properties", and the keywords of every draft 2020-12 vocabulary, pass.
func TestCompileAcceptsWhatDraft2020Defines(t *testing.T) {
	for _, schema := range []string{
		`{"type": "object", "properties": {"format": {"type": "string"}, "type": {"const": "x"}}, "required": ["format"]}`,
		`{"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://example.org/s.schema.json", "$anchor": "a", "$comment": "c", "$defs": {"d": true}, "$ref": "#/$defs/d"}`,
		`{"$dynamicAnchor": "x", "$dynamicRef": "#x"}`,
		`{"prefixItems": [true], "items": false, "contains": {}, "minContains": 1, "maxContains": 2, "unevaluatedItems": false}`,
		`{"patternProperties": {"^a": true}, "propertyNames": {"minLength": 1}, "dependentSchemas": {"a": {}}, "dependentRequired": {"a": ["b"]}, "unevaluatedProperties": false, "maxProperties": 3}`,
		`{"if": {}, "then": {}, "else": {}, "allOf": [{}], "anyOf": [{}], "oneOf": [{}], "not": false}`,
		`{"multipleOf": 2, "maximum": 9, "exclusiveMaximum": 10, "exclusiveMinimum": 0, "maxLength": 3, "maxItems": 4}`,
		`{"title": "t", "description": "d", "default": 1, "deprecated": false, "readOnly": true, "writeOnly": false, "examples": [{"tpye": 1}]}`,
		`{"format": "date", "contentEncoding": "base64", "contentMediaType": "application/json", "contentSchema": {}}`,
	} {
		if _, err := Compile([]byte(schema)); err != nil {
			t.Errorf("Compile(%s): %v", schema, err)
		}
	}
}
