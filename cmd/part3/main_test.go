package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	goldenfile "github.com/csplanning/part3/internal/golden"
)

// update is the -update flag, shared with the other tests of the module:
// it rewrites the golden files, and the README's examples and rules table.
var update = goldenfile.Update

// runCLI runs part3 in-process with args and returns its standard output,
// standard error and exit status. stdin is what "-" reads.
func runCLI(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{
		stdin:  strings.NewReader(stdin),
		stdout: &out,
		stderr: &errb,
		readFile: func(name string) ([]byte, error) {
			if name == "-" {
				return []byte(stdin), nil
			}
			return os.ReadFile(name)
		},
		now: "2026-11-26",
	}
	code = run(e, args)
	return out.String(), errb.String(), code
}

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
