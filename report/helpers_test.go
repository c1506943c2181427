package report

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/internal/testjson"
	"github.com/csplanning/part3/plan"
)

// load decodes testdata/name, which must be a valid annual report.
func load(t testing.TB, name string) Report {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	r, err := Decode(name, data)
	require.NoError(t, err, name)
	return r
}

// loadPlan decodes a plan: "rules/plan.json" and the like from testdata/,
// or a sample plan of package plan by its file name in ../plan/testdata/.
func loadPlan(t testing.TB, name string) plan.Plan {
	t.Helper()
	path := filepath.Join("testdata", name)
	if !strings.Contains(name, "/") {
		path = filepath.Join("..", "plan", "testdata", name)
	}
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	p, err := plan.Decode(name, data)
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
