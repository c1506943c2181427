// Package testjson helps the tests of this module's JSON documents: it
// edits a sample document, setting or deleting values at JSON Pointers, so
// that a test can start from a valid sample and change one thing
// ([EditFile]), and checks the error a decoder returns for the result
// ([CheckInputError]). It is for this module's tests only.
package testjson

import (
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"
)

// Change is one edit: it sets the value at Path, a JSON Pointer such as
// "/services/0/provider", to Value, or removes it when Value is [Delete].
// Members that do not exist on the way are made as objects; an array index
// equal to the array's length appends. Pointer escapes (~0, ~1) are not
// read: a token is the text between two slashes.
type Change struct {
	Path  string
	Value any
}

// deletion is the type of Delete.
type deletion struct{}

// Delete, as a Change's Value, removes the object member or array item at
// the Change's Path.
var Delete = deletion{}

// EditFile reads the JSON document at path, applies each change in order
// and returns the document's bytes (object members sorted by name). A file
// that cannot be read or is not JSON, or a change that cannot be applied,
// fails the test at once.
//
// C is [Change], or a type a test package defines from it
// (type change testjson.Change), so that the package's tables can write
// changes as unkeyed literals, {"/kind", testjson.Delete}, which go vet
// reports for a struct type of another package.
func EditFile[C ~struct {
	Path  string
	Value any
}](t testing.TB, path string, changes ...C) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	for _, c := range changes {
		c := Change(c)
		doc = apply(t, doc, strings.Split(strings.TrimPrefix(c.Path, "/"), "/"), c.Value)
	}
	out, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// apply sets the value at the pointer's tokens in doc, or deletes it, and
// returns doc.
func apply(t testing.TB, doc any, tokens []string, value any) any {
	t.Helper()
	if len(tokens) == 0 {
		return value
	}
	switch v := doc.(type) {
	case map[string]any:
		if len(tokens) == 1 && value == Delete {
			delete(v, tokens[0])
			return v
		}
		v[tokens[0]] = apply(t, v[tokens[0]], tokens[1:], value)
		return v
	case []any:
		i, err := strconv.Atoi(tokens[0])
		if err != nil {
			t.Fatal(err)
		}
		if len(tokens) == 1 && value == Delete {
			return append(v[:i], v[i+1:]...)
		}
		if i == len(v) {
			v = append(v, nil)
		}
		v[i] = apply(t, v[i], tokens[1:], value)
		return v
	case nil:
		return apply(t, map[string]any{}, tokens, value)
	}
	t.Fatalf("cannot apply %v to %T", tokens, doc)
	return nil
}
