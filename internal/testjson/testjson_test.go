package testjson

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestEditFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "doc.json")
	doc := `{"kind": "k", "list": [1, 2, 3], "obj": {"a": 1, "b": 2}}`
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		changes []Change
		want    string
	}{
		{name: "none", want: `{"kind":"k","list":[1,2,3],"obj":{"a":1,"b":2}}`},
		{name: "set a member", changes: []Change{{"/kind", "other"}}, want: `{"kind":"other","list":[1,2,3],"obj":{"a":1,"b":2}}`},
		{name: "delete a member", changes: []Change{{"/obj/a", Delete}}, want: `{"kind":"k","list":[1,2,3],"obj":{"b":2}}`},
		{name: "set an item", changes: []Change{{"/list/1", "two"}}, want: `{"kind":"k","list":[1,"two",3],"obj":{"a":1,"b":2}}`},
		{name: "delete an item", changes: []Change{{"/list/0", Delete}}, want: `{"kind":"k","list":[2,3],"obj":{"a":1,"b":2}}`},
		{name: "append an item", changes: []Change{{"/list/3", 4}}, want: `{"kind":"k","list":[1,2,3,4],"obj":{"a":1,"b":2}}`},
		{name: "make objects on the way", changes: []Change{{"/new/deep", true}}, want: `{"kind":"k","list":[1,2,3],"new":{"deep":true},"obj":{"a":1,"b":2}}`},
		{name: "in order", changes: []Change{{"/obj", map[string]any{}}, {"/obj/c", 3}}, want: `{"kind":"k","list":[1,2,3],"obj":{"c":3}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, string(EditFile(t, path, tt.changes...))); diff != "" {
				t.Errorf("EditFile (-want +got):\n%s", diff)
			}
		})
	}
}
