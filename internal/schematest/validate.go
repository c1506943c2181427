package schematest

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// annotations are the keywords that describe and assert nothing. "format"
// is one: draft 2020-12 makes it an annotation unless a validator is told
// otherwise, and the schemas pair each "format": "date" with a pattern.
var annotations = []string{"$schema", "$id", "$comment", "$defs", "title", "description", "format", "examples", "default"}

// assertions are the keywords [Validate] checks.
var assertions = []string{
	"$ref", "const", "enum", "type",
	"properties", "additionalProperties", "required", "minProperties",
	"items", "minItems", "uniqueItems",
	"minLength", "pattern", "minimum",
	"allOf", "anyOf", "oneOf", "not",
}

// Validate checks v, a JSON value unmarshalled into generic JSON (objects
// as map[string]any, arrays as []any, numbers as float64), against schema,
// a JSON Schema (draft 2020-12) unmarshalled the same way, and returns the
// first problem, naming the JSON Pointer of the value at fault, or nil.
//
// It checks the keywords this module's schemas use: $ref to "#/$defs/NAME"
// alongside other keywords, const, enum, type, properties,
// additionalProperties (false or a schema), required, minProperties, items,
// minItems, uniqueItems, minLength (in characters), pattern, minimum,
// allOf, anyOf, oneOf and not. Any other keyword in the schema is itself
// an error, so that a schema cannot rely on a check that is not made; the
// annotations (title, description, format and the like) are passed over.
func Validate(schema map[string]any, v any) error {
	return validate(schema, schema, v, "")
}

func validate(root, s map[string]any, v any, path string) error {
	fail := func(format string, args ...any) error {
		return fmt.Errorf("%s: %s", orRoot(path), fmt.Sprintf(format, args...))
	}
	for k := range s {
		if !slices.Contains(annotations, k) && !slices.Contains(assertions, k) {
			return fail("the schema uses keyword %q, which Validate does not check", k)
		}
	}
	if r, ok := s["$ref"].(string); ok {
		name, ok := strings.CutPrefix(r, "#/$defs/")
		defs, _ := root["$defs"].(map[string]any)
		def, found := defs[name].(map[string]any)
		if !ok || !found {
			return fail("the schema has no definition for $ref %q", r)
		}
		if err := validate(root, def, v, path); err != nil {
			return err
		}
	}
	if c, ok := s["const"]; ok && !reflect.DeepEqual(c, v) {
		return fail("%v is not %v", v, c)
	}
	if e, ok := s["enum"].([]any); ok && !slices.ContainsFunc(e, func(x any) bool { return reflect.DeepEqual(x, v) }) {
		return fail("%v is not one of %v", v, e)
	}
	if t, ok := s["type"]; ok {
		name, ok := t.(string)
		if !ok {
			return fail("type %v: Validate checks a single type only", t)
		}
		if !hasType(v, name) {
			return fail("%v is not of type %s", v, name)
		}
	}
	switch x := v.(type) {
	case map[string]any:
		if err := validateObject(root, s, x, path); err != nil {
			return err
		}
	case []any:
		if n, ok := s["minItems"].(float64); ok && float64(len(x)) < n {
			return fail("fewer than %v items", n)
		}
		if s["uniqueItems"] == true {
			for i := range x {
				for j := range i {
					if reflect.DeepEqual(x[i], x[j]) {
						return fail("items %d and %d are the same", j, i)
					}
				}
			}
		}
		if items, ok := s["items"].(map[string]any); ok {
			for i, m := range x {
				if err := validate(root, items, m, fmt.Sprintf("%s/%d", path, i)); err != nil {
					return err
				}
			}
		}
	case string:
		if n, ok := s["minLength"].(float64); ok && float64(utf8.RuneCountInString(x)) < n {
			return fail("%q is shorter than %v", x, n)
		}
		if p, ok := s["pattern"].(string); ok {
			re, err := regexp.Compile(p)
			if err != nil {
				return fail("pattern %q: %v", p, err)
			}
			if !re.MatchString(x) {
				return fail("%q does not match %s", x, p)
			}
		}
	case float64:
		if m, ok := s["minimum"].(float64); ok && x < m {
			return fail("%v is below %v", x, m)
		}
	}
	for _, sub := range schemas(s["allOf"]) {
		if err := validate(root, sub, v, path); err != nil {
			return err
		}
	}
	if alts := schemas(s["anyOf"]); alts != nil && matching(root, alts, v, path) == 0 {
		return fail("matches none of anyOf %v", s["anyOf"])
	}
	if alts := schemas(s["oneOf"]); alts != nil {
		if n := matching(root, alts, v, path); n != 1 {
			return fail("matches %d of oneOf %v, not exactly one", n, s["oneOf"])
		}
	}
	if not, ok := s["not"].(map[string]any); ok && validate(root, not, v, path) == nil {
		return fail("matches not %v", not)
	}
	return nil
}

// validateObject checks the object keywords of s against x.
func validateObject(root, s, x map[string]any, path string) error {
	props, _ := s["properties"].(map[string]any)
	names := make([]string, 0, len(x))
	for k := range x {
		names = append(names, k)
	}
	slices.Sort(names) // the first problem is the same on every run
	for _, k := range names {
		at := path + "/" + strings.ReplaceAll(strings.ReplaceAll(k, "~", "~0"), "/", "~1")
		p, ok := props[k].(map[string]any)
		if !ok {
			switch extra := s["additionalProperties"].(type) {
			case bool:
				if !extra {
					return fmt.Errorf("%s: unknown member %q", at, k)
				}
			case map[string]any:
				p = extra
			}
		}
		if p != nil {
			if err := validate(root, p, x[k], at); err != nil {
				return err
			}
		}
	}
	required, _ := s["required"].([]any)
	for _, r := range required {
		if _, ok := x[r.(string)]; !ok {
			return fmt.Errorf("%s: missing %q", orRoot(path), r)
		}
	}
	if n, ok := s["minProperties"].(float64); ok && float64(len(x)) < n {
		return fmt.Errorf("%s: fewer than %v members", orRoot(path), n)
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
	case "number":
		_, ok := v.(float64)
		return ok
	case "integer":
		n, ok := v.(float64)
		return ok && n == float64(int64(n))
	case "null":
		return v == nil
	}
	return false
}

// schemas returns the list of subschemas of an allOf, anyOf or oneOf.
func schemas(v any) []map[string]any {
	list, _ := v.([]any)
	var out []map[string]any
	for _, s := range list {
		if m, ok := s.(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

// matching counts the subschemas that v is valid against.
func matching(root map[string]any, alts []map[string]any, v any, path string) int {
	n := 0
	for _, a := range alts {
		if validate(root, a, v, path) == nil {
			n++
		}
	}
	return n
}

func orRoot(path string) string {
	if path == "" {
		return "/"
	}
	return path
}
