// Package golden compares a test's output with a golden file, and rewrites
// the file instead when the tests run with -update. It is for this module's
// tests only.
//
// The -update flag is registered here, once, so that every test binary that
// imports the package has it; a test package must not register its own.
package golden

import (
	"flag"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Update is the -update flag: when set, [Check] writes the golden files
// instead of comparing with them. Tests that keep other expected output in
// files (a README's examples, say) rewrite it too when it is set.
var Update = flag.Bool("update", false, "rewrite the golden files in testdata")

// Check compares got with the golden file at path, relative to the test's
// working directory, and reports a difference as an error with a diff
// (-want +got). With -update it writes got to path instead. A golden file
// that cannot be read fails the test at once.
func Check(t testing.TB, path, got string) {
	t.Helper()
	if *Update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test with -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s differs from the golden file (-want +got):\n%s", path, diff)
	}
}
