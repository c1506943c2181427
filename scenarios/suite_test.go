package scenarios

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSuite runs every scenario file in this folder, each case as a
// subtest: a case whose engine answer differs from the law's fails the
// build with the runner's own words. A case marked as a known failure is
// skipped with its message while the engine still disagrees.
func TestSuite(t *testing.T) {
	files, err := Files(".")
	require.NoError(t, err)
	require.NotEmpty(t, files, "no scenario files found")
	total := 0
	for _, name := range files {
		t.Run(name, func(t *testing.T) {
			f, err := Load(name)
			require.NoError(t, err)
			for i, c := range f.Cases {
				total++
				t.Run(c.Name, func(t *testing.T) {
					r := f.RunCase(i)
					switch r.Status {
					case Pass:
					case KnownFailure:
						t.Skip(r.String())
					default:
						t.Error(r.String())
					}
				})
			}
		})
	}
	if total < 60 {
		t.Errorf("the suite has %d cases; it must keep at least 60", total)
	}
}
