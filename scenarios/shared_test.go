package scenarios_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/scenarios"
)

// namingOnePlan returns a scenario file of n cases that each name the same
// plan by path.
func namingOnePlan(n int) []byte {
	cases := make([]string, n)
	for i := range cases {
		cases[i] = fmt.Sprintf(`{"name": "case %d", "citation": "s.8(1)", "document": {"path": "../plan/testdata/tayside-2023-2026.json", "as_of": "2026-11-26", "expect": {"no_statutory_findings": true}}}`, i)
	}
	return []byte(`{"kind": "scenarios", "title": "One plan named many times", "cases": [` + strings.Join(cases, ",") + `]}`)
}

// TestDocumentNamedManyTimesIsReadOnce checks that a document named by
// many cases of a scenario file is read once and decoded once: a file of
// 200 such cases takes far less than 200 times the memory of a file of one
// (each case has its own small cost; decoding the plan 200 times took
// about 200 times as much).
func TestDocumentNamedManyTimesIsReadOnce(t *testing.T) {
	reads := 0
	read := func(name string) ([]byte, error) {
		reads++
		return os.ReadFile(name)
	}
	allocated := func(data []byte) uint64 {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		_, err := scenarios.Decode("scenarios/many.json", data, read)
		runtime.ReadMemStats(&after)
		require.NoError(t, err)
		return after.TotalAlloc - before.TotalAlloc
	}
	t.Chdir("..")
	one := allocated(namingOnePlan(1))
	reads = 0
	many := allocated(namingOnePlan(200))
	require.Equal(t, 1, reads, "the plan is read once")
	if many > 20*one {
		t.Errorf("200 cases naming one plan take %d KiB to decode, one case %d KiB: the plan is decoded more than once", many>>10, one>>10)
	}
}

// TestLoadIsBounded checks that Load reads no more of a file than a
// document may be.
func TestLoadIsBounded(t *testing.T) {
	huge := filepath.Join(t.TempDir(), "huge.json")
	f, err := os.Create(huge)
	require.NoError(t, err)
	require.NoError(t, f.Truncate(1<<30))
	require.NoError(t, f.Close())
	_, err = scenarios.Load(huge)
	require.ErrorIs(t, err, part3.ErrTooLarge)
	if _, err := os.Stat("/dev/zero"); err == nil {
		_, err = scenarios.Load("/dev/zero")
		require.ErrorIs(t, err, part3.ErrTooLarge)
	}
}
