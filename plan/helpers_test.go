package plan

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/internal/testjson"
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
	return testjson.EditFile(t, filepath.Join("testdata", name), changes...)
}

// change is a JSON Pointer and a value: see testjson.Change.
type change testjson.Change

var deleteIt = testjson.Delete
