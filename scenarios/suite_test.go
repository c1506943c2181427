package scenarios

import (
	"fmt"
	"os"
	"strings"
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

// TestREADMETable checks the README's table of the suite, one row per
// scenario file with its title and number of cases, so that the table a
// newcomer reads cannot drift from the suite.
func TestREADMETable(t *testing.T) {
	files, err := Files(".")
	require.NoError(t, err)
	var b strings.Builder
	b.WriteString("| file | what it covers | cases |\n|---|---|---|\n")
	total := 0
	for _, name := range files {
		f, err := Load(name)
		require.NoError(t, err)
		total += len(f.Cases)
		fmt.Fprintf(&b, "| `%s` | %s | %d |\n", name, f.Title, len(f.Cases))
	}
	fmt.Fprintf(&b, "| | in all | %d |\n", total)
	readme, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	const begin, end = "<!-- scenarios:begin -->\n", "<!-- scenarios:end -->"
	_, rest, ok := strings.Cut(string(readme), begin)
	require.True(t, ok, "README.md has no %q marker", begin)
	table, _, ok := strings.Cut(rest, end)
	require.True(t, ok, "README.md has no %q marker", end)
	if table != b.String() {
		t.Errorf("README.md's table of the suite differs; it should read:\n%s", b.String())
	}
}
