package plan

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// samples are the realistic sample plans of testdata/.
var samples = []string{
	"fife-2023-2026.json",
	"fife-2023-2026-revision-1.json",
	"fife-2023-2026-revision-reused-record.json",
	"tayside-2023-2026.json",
	"highland-2017-2020.json",
	"highland-2021-2023.json",
	"breaches-2023-2026.json",
}

// load decodes testdata/name, which must be a valid plan.
func load(t testing.TB, name string) Plan {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	p, err := Decode(name, data)
	require.NoError(t, err, name)
	return p
}

// edit reads testdata/name as generic JSON, applies each change and returns
// the document's bytes. A change is a JSON Pointer and a value; the value
// deleteIt removes the member or array item.
func edit(t testing.TB, name string, changes ...change) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	var doc any
	require.NoError(t, json.Unmarshal(data, &doc))
	for _, c := range changes {
		doc = apply(t, doc, strings.Split(strings.TrimPrefix(c.path, "/"), "/"), c.value)
	}
	out, err := json.Marshal(doc)
	require.NoError(t, err)
	return out
}

type change struct {
	path  string
	value any
}

type deleteMarker struct{}

var deleteIt = deleteMarker{}

func apply(t testing.TB, doc any, tokens []string, value any) any {
	t.Helper()
	if len(tokens) == 0 {
		return value
	}
	switch v := doc.(type) {
	case map[string]any:
		if len(tokens) == 1 && value == deleteIt {
			delete(v, tokens[0])
			return v
		}
		v[tokens[0]] = apply(t, v[tokens[0]], tokens[1:], value)
		return v
	case []any:
		i, err := strconv.Atoi(tokens[0])
		require.NoError(t, err)
		if len(tokens) == 1 && value == deleteIt {
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
