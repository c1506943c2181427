package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	goldenfile "github.com/csplanning/part3/internal/golden"
	"github.com/csplanning/part3/judge"
)

// update is the -update flag, shared with the other tests of the module:
// it rewrites the golden files, and the README's examples and rules table.
var update = goldenfile.Update

// runCLI runs part3 in-process with args and returns its standard output,
// standard error and exit status. stdin is what "-" reads.
func runCLI(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	return runEnv(t, testEnv(strings.NewReader(stdin)), args...)
}

// testEnv is the env the tests run part3 in: standard input from stdin,
// files from the operating system, today 2026-11-26, the test build and
// the default width.
func testEnv(stdin io.Reader) *env {
	return &env{
		stdin: stdin,
		now:   "2026-11-26",
		build: func() judge.Build { return testBuild },
	}
}

// runEnv runs part3 in-process in e, with buffers for its standard output
// and error unless e has its own, and returns what they hold and the exit
// status.
func runEnv(t *testing.T, e *env, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	if e.stdout == nil {
		e.stdout = &out
	}
	if e.stderr == nil {
		e.stderr = &errb
	}
	code = run(e, args)
	return out.String(), errb.String(), code
}

// testBuild is the build the tests' JSON answers and "part3 version"
// report, so that golden files do not depend on the toolchain or the
// commit.
var testBuild = judge.Build{Path: judge.ModulePath, Version: "v0.0.0-test", Revision: "0123456789abcdef0123456789abcdef01234567",
	Time: "2026-11-26T09:00:00Z", Go: "go1.26.0"}

// asOf is the date the golden runs judge as of.
const asOf = "2026-11-26"

// golden compares got with testdata/golden/NAME, or rewrites the file when
// the test runs with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	goldenfile.Check(t, filepath.Join("testdata", "golden", name), got)
}

func TestUsage(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStdout string // substring
		wantStderr string // substring
	}{
		{name: "no command", args: nil, wantCode: exitBadInput, wantStderr: "Commands:"},
		{name: "help", args: []string{"help"}, wantCode: exitOK, wantStdout: "Commands:"},
		{name: "unknown command", args: []string{"frobnicate"}, wantCode: exitBadInput, wantStderr: `part3: unknown command "frobnicate"`},
		{name: "help for unknown command", args: []string{"help", "frobnicate"}, wantCode: exitBadInput, wantStderr: "unknown command"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, "", tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit status = %d, want %d (stderr %q)", code, tt.wantCode, stderr)
			}
			if !strings.Contains(stdout, tt.wantStdout) {
				t.Errorf("stdout = %q, want it to contain %q", stdout, tt.wantStdout)
			}
			if !strings.Contains(stderr, tt.wantStderr) {
				t.Errorf("stderr = %q, want it to contain %q", stderr, tt.wantStderr)
			}
			if code == exitBadInput && tt.args != nil && strings.Count(strings.TrimSpace(stderr), "\n") != 0 {
				t.Errorf("a usage error must be one line on stderr, got %q", stderr)
			}
		})
	}
}

func TestEveryCommandHasHelpAndExample(t *testing.T) {
	for name, c := range commands {
		t.Run(name, func(t *testing.T) {
			if c.summary == "" || c.example == "" {
				t.Errorf("command %s needs a summary and a worked example", name)
			}
			stdout, _, code := runCLI(t, "", name, "-h")
			if code != exitOK || !strings.Contains(stdout, "Example:") {
				t.Errorf("part3 %s -h: exit %d, output %q", name, code, stdout)
			}
		})
	}
}

func TestParseInterleaved(t *testing.T) {
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	format := fs.String("format", "text", "")
	plan := fs.String("plan", "", "")
	pos, err := parseInterleaved(fs, []string{"a.json", "--format", "json", "b.json", "--plan", "p.json", "--", "--c.json"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"a.json", "b.json", "--c.json"}, pos); diff != "" {
		t.Errorf("positional (-want +got):\n%s", diff)
	}
	if *format != "json" || *plan != "p.json" {
		t.Errorf("format %q plan %q", *format, *plan)
	}
}

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}, {"-version"}} {
		stdout, stderr, code := runCLI(t, "", args...)
		require.Equal(t, exitOK, code, stderr)
		require.Equal(t, "github.com/csplanning/part3 v0.0.0-test (revision 0123456789ab, go1.26.0)\n", stdout, args)
	}
	stdout, stderr, code := runCLI(t, "", "version", "--format", "json")
	require.Equal(t, exitOK, code, stderr)
	golden(t, "version.json.golden", stdout)
	var got judge.Build
	require.NoError(t, json.Unmarshal([]byte(stdout), &got))
	require.Equal(t, testBuild, got)
	_, stderr, code = runCLI(t, "", "version", "extra")
	require.Equal(t, exitBadInput, code)
	require.Contains(t, stderr, `version: unexpected argument "extra"`)
}

// TestMainBuildIsReadBuild checks that the program reports the build Go
// recorded in it, not a fixed one.
func TestMainBuildIsReadBuild(t *testing.T) {
	b := judge.ReadBuild()
	require.Equal(t, judge.ModulePath, b.Path)
	require.NotEmpty(t, b.Version)
	require.True(t, strings.HasPrefix(b.Go, "go"), b.Go)
}

// TestRunConcurrently runs commands with different flags at once: each
// run keeps its flags to itself, so the race detector finds nothing and
// every run gives the answer it gives alone.
func TestRunConcurrently(t *testing.T) {
	runs := [][]string{
		{"validate", "--as-of", "2026-11-26", "--format", "json", "../../consult/testdata/notice-unpublished.json"},
		{"validate", "--as-of", "2020-01-01", "../../plan/testdata/fife-2023-2026.json", "--plan", "../../plan/testdata/fife-2023-2026.json"},
		{"calendar", "--council", "Fife", "--as-of", "2026-11-26", "--copy-days", "7"},
		{"calendar", "--council", "Angus", "--as-of", "2025-05-01"},
		{"review", "--as-of", "2026-11-26", "--overview", "../../plan/testdata/tayside-2023-2026.json"},
		{"decide", "--as-of", "2026-11-26", "../../duty/testdata/question-default-powers.json"},
	}
	want := make([]string, len(runs))
	for i, args := range runs {
		out, errOut, code := runCLI(t, "", args...)
		want[i] = fmt.Sprintf("%d\n%s\n%s", code, out, errOut)
	}
	var wg sync.WaitGroup
	got := make([]string, 4*len(runs))
	for i := range got {
		wg.Go(func() {
			out, errOut, code := runCLI(t, "", runs[i%len(runs)]...)
			got[i] = fmt.Sprintf("%d\n%s\n%s", code, out, errOut)
		})
	}
	wg.Wait()
	for i := range got {
		if got[i] != want[i%len(runs)] {
			t.Errorf("part3 %s gives another answer when run beside the others", strings.Join(runs[i%len(runs)], " "))
		}
	}
}
