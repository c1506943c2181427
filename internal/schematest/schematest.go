// Package schematest checks, in tests, that a document's embedded JSON
// Schema describes the Go types the decoder reads into ([MatchesStruct],
// [Enum]) and the documents it reads ([Validate]), so that the two cannot
// drift apart; and that the schema itself is a draft 2020-12 JSON Schema
// ([Compile]). Validation is github.com/santhosh-tekuri/jsonschema/v6, a
// complete draft 2020-12 implementation with the metaschemas embedded. It is
// for this module's tests only.
package schematest

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// MatchesStruct checks that schema, a JSON Schema unmarshalled into generic
// JSON (objects as map[string]any), names exactly the JSON members of typ,
// object by object: for each struct type reached from typ through its
// fields, slices and pointers, the schema's "properties" hold the same
// names as the struct's JSON members ([JSONFields]), and
// "additionalProperties" is false, as the decoder rejects unknown members.
// It follows "items" for arrays and "$ref" to "#/$defs/NAME". A type that
// marshals as text is a string in the schema, and is not looked into.
func MatchesStruct(t testing.TB, schema map[string]any, typ reflect.Type) {
	t.Helper()
	defs, _ := schema["$defs"].(map[string]any)
	var walk func(path string, node map[string]any, typ reflect.Type)
	walk = func(path string, node map[string]any, typ reflect.Type) {
		for typ.Kind() == reflect.Slice || typ.Kind() == reflect.Pointer {
			typ = typ.Elem()
			if items, ok := node["items"].(map[string]any); ok {
				node = items
			}
		}
		if ref, ok := node["$ref"].(string); ok {
			def, ok := defs[strings.TrimPrefix(ref, "#/$defs/")].(map[string]any)
			if !ok {
				t.Errorf("%s: schema has no definition for $ref %q", path, ref)
				return
			}
			node = def
		}
		if typ.Kind() != reflect.Struct || typ.Implements(reflect.TypeFor[interface{ MarshalText() ([]byte, error) }]()) {
			return
		}
		props, ok := node["properties"].(map[string]any)
		if !ok {
			t.Errorf("%s: schema has no properties for %s", path, typ)
			return
		}
		fields := JSONFields(typ)
		var goNames, schemaNames []string
		for name := range fields {
			goNames = append(goNames, name)
		}
		for name := range props {
			schemaNames = append(schemaNames, name)
		}
		slices.Sort(goNames)
		slices.Sort(schemaNames)
		if diff := cmp.Diff(goNames, schemaNames); diff != "" {
			t.Errorf("%s (%s): members (-Go +schema):\n%s", path, typ, diff)
		}
		if node["additionalProperties"] != false {
			t.Errorf("%s: schema allows additional properties; the decoder does not", path)
		}
		for name, ft := range fields {
			if sub, ok := props[name].(map[string]any); ok {
				walk(path+"/"+name, sub, ft)
			}
		}
	}
	walk("", schema, typ)
}

// JSONFields returns the JSON member names of a struct type and their
// types: an exported field's name from its json tag, or the field's name
// when the tag gives none, and the members of an embedded struct without a
// tag as the struct's own. Fields tagged "-" are left out.
func JSONFields(typ reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for f := range typ.Fields() {
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if f.Anonymous && name == "" {
			for n, ft := range JSONFields(f.Type) {
				out[n] = ft
			}
			continue
		}
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		out[name] = f.Type
	}
	return out
}

// Enum returns the "enum" of the schema's property at path, a list of
// member names from the top-level object down, following "items" where a
// property is an array: Enum(t, schema, "services", "prevention") is the
// enumeration of each service's prevention member. A path the schema does
// not have, or a property without an enumeration of strings, fails the
// test at once.
func Enum(t testing.TB, schema map[string]any, path ...string) []string {
	t.Helper()
	node := schema
	for _, name := range path {
		props, _ := node["properties"].(map[string]any)
		sub, ok := props[name].(map[string]any)
		if !ok {
			t.Fatalf("%v: schema has no property %q", path, name)
		}
		node = sub
		if items, ok := node["items"].(map[string]any); ok {
			node = items
		}
	}
	values, ok := node["enum"].([]any)
	if !ok {
		t.Fatalf("%v: schema has no enum", path)
	}
	var out []string
	for _, v := range values {
		s, ok := v.(string)
		if !ok {
			t.Fatalf("%v: enum value %v is not a string", path, v)
		}
		out = append(out, s)
	}
	return out
}
