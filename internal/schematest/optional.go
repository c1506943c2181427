package schematest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// Variant is a document with one member changed, and a name saying which
// and how.
type Variant struct {
	Name string
	Data []byte
}

// OptionalVariants returns variants of doc, a JSON document that schema
// describes: for each optional member (one of "properties", not in
// "required") of each object of doc, two variants, one with the member set
// to null and one with it set to "", whether doc gives the member or not.
// An object is found in the schema through "properties", "items" and
// "$ref" to "#/$defs/NAME"; a member of a schema object is varied once,
// on the first object of doc that the schema object describes. A test
// holds the decoder and the schema to the same answer on each variant:
// both accept it, or both refuse it.
func OptionalVariants(t testing.TB, schema, doc []byte) []Variant {
	t.Helper()
	var s map[string]any
	if err := json.Unmarshal(schema, &s); err != nil {
		t.Fatalf("the schema is not JSON: %v", err)
	}
	var d any
	if err := json.Unmarshal(doc, &d); err != nil {
		t.Fatalf("the document is not JSON: %v", err)
	}
	defs, _ := s["$defs"].(map[string]any)
	resolve := func(node map[string]any) map[string]any {
		for {
			ref, ok := node["$ref"].(string)
			if !ok {
				return node
			}
			def, ok := defs[strings.TrimPrefix(ref, "#/$defs/")].(map[string]any)
			if !ok {
				t.Fatalf("the schema has no definition for $ref %q", ref)
			}
			node = def
		}
	}
	type member struct {
		node uintptr // the schema object, by its map's identity
		name string
	}
	seen := map[member]bool{}
	var out []Variant
	var walk func(path []string, v any, node map[string]any)
	walk = func(path []string, v any, node map[string]any) {
		node = resolve(node)
		switch v := v.(type) {
		case []any:
			items, ok := node["items"].(map[string]any)
			if !ok {
				return
			}
			for i, x := range v {
				walk(append(path, strconv.Itoa(i)), x, items)
			}
		case map[string]any:
			props, _ := node["properties"].(map[string]any)
			var required []string
			for _, r := range anySlice(node["required"]) {
				if s, ok := r.(string); ok {
					required = append(required, s)
				}
			}
			names := make([]string, 0, len(props))
			for name := range props {
				names = append(names, name)
			}
			slices.Sort(names)
			for _, name := range names {
				m := member{reflect.ValueOf(node).Pointer(), name}
				if slices.Contains(required, name) || seen[m] {
					continue
				}
				seen[m] = true
				for _, value := range []any{nil, ""} {
					out = append(out, Variant{
						Name: pointer(append(path, name)) + " = " + jsonText(value),
						Data: set(t, d, append(slices.Clone(path), name), value),
					})
				}
			}
			for _, name := range names {
				if x, ok := v[name]; ok {
					sub, _ := props[name].(map[string]any)
					walk(append(path, name), x, sub)
				}
			}
		}
	}
	walk(nil, d, s)
	return out
}

func anySlice(v any) []any {
	s, _ := v.([]any)
	return s
}

func pointer(tokens []string) string {
	if len(tokens) == 0 {
		return ""
	}
	return "/" + strings.Join(tokens, "/")
}

func jsonText(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// set returns doc, as JSON, with the member at path set to value; doc is
// not changed.
func set(t testing.TB, doc any, path []string, value any) []byte {
	t.Helper()
	var cp any
	b, _ := json.Marshal(doc)
	if err := json.Unmarshal(b, &cp); err != nil {
		t.Fatal(err)
	}
	node := cp
	for _, tok := range path[:len(path)-1] {
		switch n := node.(type) {
		case map[string]any:
			node = n[tok]
		case []any:
			i, _ := strconv.Atoi(tok)
			node = n[i]
		}
	}
	node.(map[string]any)[path[len(path)-1]] = value
	out, err := json.Marshal(cp)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// rawBase is where each schema's "$id" says it is: the file of the schema
// in the repository, as GitHub serves it raw, so that an editor that
// follows "$schema" to it finds the schema itself.
const rawBase = "https://raw.githubusercontent.com/csplanning/part3/main/"

// CheckID checks that schema's "$id" names the file of the schema in the
// repository (rawBase and the file's path from the repository's root), that
// the file is there, from the test's working directory up, and that it holds
// schema, byte for byte.
func CheckID(t testing.TB, schema []byte) {
	t.Helper()
	var s map[string]any
	if err := json.Unmarshal(schema, &s); err != nil {
		t.Fatal(err)
	}
	id, _ := s["$id"].(string)
	rel, ok := strings.CutPrefix(id, rawBase)
	if !ok || !strings.HasSuffix(rel, ".schema.json") {
		t.Fatalf("$id %q does not name a schema file of the repository under %s", id, rawBase)
	}
	root, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(root, "go.mod")); err == nil {
			if data, err := os.ReadFile(filepath.Join(root, "go.mod")); err == nil && strings.HasPrefix(string(data), "module github.com/csplanning/part3\n") {
				break
			}
		}
		up := filepath.Dir(root)
		if up == root {
			t.Fatal("no go.mod of module github.com/csplanning/part3 above the working directory")
		}
		root = up
	}
	data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatalf("$id %q names no file of the repository: %v", id, err)
	}
	if string(data) != string(schema) {
		t.Errorf("$id %q names a file that is not this schema", id)
	}
}

// CheckOptional checks that decode, a document kind's decoder, and schema,
// its JSON Schema, give the same answer on each variant of doc that
// [OptionalVariants] makes: both accept it, or both refuse it. doc itself
// must be accepted by both, and so must doc with a "$schema" member naming
// the schema's "$id", as an editor writes it.
func CheckOptional(t *testing.T, schema, doc []byte, decode func(data []byte) error) {
	t.Helper()
	if err := decode(doc); err != nil {
		t.Fatalf("the decoder refuses the document: %v", err)
	}
	if err := Validate(schema, doc); err != nil {
		t.Fatalf("the schema refuses the document: %v", err)
	}
	// An editor's "$schema" member, naming the schema's "$id", is accepted
	// at the top of the document.
	var s struct {
		ID string `json:"$id"`
	}
	var d any
	if err := json.Unmarshal(schema, &s); err != nil || s.ID == "" {
		t.Fatalf("the schema has no \"$id\": %v", err)
	}
	if err := json.Unmarshal(doc, &d); err != nil {
		t.Fatal(err)
	}
	withSchema := set(t, d, []string{"$schema"}, s.ID)
	if err := decode(withSchema); err != nil {
		t.Errorf("with \"$schema\": %q, the decoder refuses the document: %v", s.ID, err)
	}
	if err := Validate(schema, withSchema); err != nil {
		t.Errorf("with \"$schema\": %q, the schema refuses the document: %v", s.ID, err)
	}
	for _, v := range OptionalVariants(t, schema, doc) {
		errDecode, errSchema := decode(v.Data), Validate(schema, v.Data)
		switch {
		case errDecode == nil && errSchema != nil:
			t.Errorf("%s: the decoder accepts it; the schema refuses it: %v", v.Name, errSchema)
		case errDecode != nil && errSchema == nil:
			t.Errorf("%s: the schema accepts it; the decoder refuses it: %v", v.Name, errDecode)
		}
	}
}
