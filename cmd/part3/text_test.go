package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

func TestVisible(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Fife Children's Services Plan", "Fife Children's Services Plan"},
		{"Plan d’action – Ça va", "Plan d’action – Ça va"},
		{`C:\Users\fife\plan.json`, `C:\Users\fife\plan.json`},
		{"a\nb", `a\x0ab`},
		{"tab\there", `tab\x09here`},
		{"\x1b[2J\x1b]0;owned\x07", `\x1b[2J\x1b]0;owned\x07`},
		{"del\x7f", `del\x7f`},
		{"c1 \u009b31m", `c1 \u009b31m`},
		{"line\u2028sep\u2029", `line\u2028sep\u2029`},
		{"bidi \u202egnp.exe\u202c \u2066x\u2069 \u200f", `bidi \u202egnp.exe\u202c \u2066x\u2069 \u200f`},
		{"bad \xff\xfe utf-8", `bad \xff\xfe utf-8`},
		{"", ""},
	}
	for _, tt := range tests {
		got := visible(tt.in)
		require.Equal(t, tt.want, got, "visible(%q)", tt.in)
		require.Equal(t, got, visible(got), "visible is idempotent on %q", tt.in)
	}
}

// checkNoControl fails if out holds a byte that is not UTF-8, or a
// character visible escapes, but for the newlines that end lines.
func checkNoControl(t *testing.T, what, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Errorf("%s: output is not UTF-8: %q", what, out)
	}
	for _, r := range out {
		if r == '\n' {
			continue
		}
		if r < 0x20 || r == 0x7f || hidden(r) {
			t.Errorf("%s: output holds %U: %q", what, r, out)
			return
		}
	}
}

func TestWrapHanging(t *testing.T) {
	require.Equal(t, "== a b\n   c d\n   e", wrapHanging("a b c d e", "== ", "   ", 7))
	require.Equal(t, "x\n  yyyyyyyyyyyy", wrapHanging("x yyyyyyyyyyyy", "", "  ", 5), "a word longer than the line stays whole")
	// Counted in characters, not bytes.
	require.Equal(t, "ééé ééé", wrap("ééé ééé", "", 7))
	require.Equal(t, `a\x0ab`, wrap("a\nb", "", 80), "a newline inside a name is shown, not obeyed")
}

func TestWriteTable(t *testing.T) {
	var b strings.Builder
	writeTable(&b, 30, "  ", [][]string{
		{"met", "s.8(1)", "The plan prepared before the period starts"},
		{"late (practice)", "s.10(7)(b)", "Published"},
		{"", "", "  note: one"},
	})
	// The last column is never narrower than minLastColumn, here wider
	// than the width leaves it.
	require.Equal(t, `  met              s.8(1)      The plan prepared before
                               the period starts
  late (practice)  s.10(7)(b)  Published
                                 note: one
`, b.String())
}

func TestWidthFrom(t *testing.T) {
	for in, want := range map[string]int{"": 80, "120": 120, " 100 ": 100, "abc": 80, "0": 80, "-5": 80, "10": minWidth} {
		require.Equal(t, want, widthFrom(in), "COLUMNS=%q", in)
	}
}

// stderrOnly lists the golden files that hold only one-line errors from
// standard error, which are never wrapped: an error is one line.
func stderrOnly(text string) bool {
	for _, l := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		if !strings.HasPrefix(l, "part3: ") {
			return false
		}
	}
	return true
}

// TestTextGoldensFitTheWidth checks that every text golden file of the
// tool fits the default width of 80 characters, counting characters, not
// bytes. Standard error is left out: its errors are one line each, so that
// a program can read them.
func TestTextGoldensFitTheWidth(t *testing.T) {
	files, err := filepath.Glob("testdata/golden/*")
	require.NoError(t, err)
	checked := 0
	for _, f := range files {
		if strings.Contains(f, "json") || strings.HasSuffix(f, ".html") || strings.HasSuffix(f, ".markdown") || strings.HasPrefix(filepath.Base(f), "schema-notice") {
			continue
		}
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		text, _, _ := strings.Cut(string(data), "--- stderr\n")
		if stderrOnly(text) {
			continue
		}
		checked++
		for i, line := range strings.Split(text, "\n") {
			if n := utf8.RuneCountInString(line); n > defaultWidth {
				t.Errorf("%s:%d is %d characters wide, more than %d: %q", f, i+1, n, defaultWidth, line)
			}
		}
	}
	require.Greater(t, checked, 30)
}

// TestColumnsSetsTheWidth checks that text output follows COLUMNS: wider
// lines when the terminal is wider, and every line within it.
func TestColumnsSetsTheWidth(t *testing.T) {
	// The tables are laid out for 80 columns: narrower, their fixed
	// columns may not fit, though every last column and paragraph wraps.
	for _, width := range []int{80, 100, 132} {
		for _, args := range [][]string{
			{"calendar", "--council", "Fife", "--as-of", asOf, "--history", "../../duty/testdata/history-fife.json"},
			{"validate", "--as-of", asOf, "../../plan/testdata/breaches-2023-2026.json", "../../consult/testdata/notice-unpublished.json"},
			{"review", "--as-of", asOf, "--overview", "../../plan/testdata/tayside-2023-2026.json"},
			{"rules"}, {"duties"}, {"councils"}, {"period", asOf}, {"help"}, {"validate", "-h"},
			{"test", "testdata/test/cases.json"},
		} {
			e := testEnv(strings.NewReader(""))
			e.width = width
			stdout, _, _ := runEnv(t, e, args...)
			widest := 0
			for _, line := range strings.Split(stdout, "\n") {
				widest = max(widest, utf8.RuneCountInString(line))
				if utf8.RuneCountInString(line) > width {
					t.Errorf("COLUMNS=%d part3 %s: a line of %d characters: %q", width, strings.Join(args, " "), utf8.RuneCountInString(line), line)
				}
			}
			if width == 132 && widest <= 80 && args[0] != "period" {
				t.Errorf("COLUMNS=132 part3 %s: no line is wider than 80", strings.Join(args, " "))
			}
		}
	}
}

// failingWriter fails every write, as standard output does when it is
// /dev/full or a pipe whose reader has gone.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestWriteErrorsAreErrors runs every command with standard output that
// cannot be written: each must exit 2 with one line on standard error that
// says so, whatever it would have exited with.
func TestWriteErrorsAreErrors(t *testing.T) {
	runs := [][]string{
		{"help"},
		{"period", asOf},
		{"period", asOf, "--format", "json"},
		{"councils"},
		{"councils", "--format", "json"},
		{"rules"},
		{"rules", "--format", "markdown"},
		{"duties"},
		{"duties", "s12-implementation"},
		{"schema", "notice-of-disagreement"},
		{"version"},
		{"validate", "--as-of", asOf, "../../consult/testdata/notice-unpublished.json"},
		{"validate", "--as-of", asOf, "--format", "json", "../../consult/testdata/notice-unpublished.json"},
		{"review", "--as-of", asOf, "../../plan/testdata/tayside-2023-2026.json"},
		{"review", "--as-of", asOf, "--overview", "--format", "html", "../../plan/testdata/tayside-2023-2026.json"},
		{"calendar", "--council", "Fife", "--as-of", asOf},
		{"decide", "--as-of", asOf, "../../duty/testdata/question-implementation.json"},
		{"test", "testdata/test/cases.json"},
		{"test", "testdata/test/cases.json", "--format", "json"},
		{"new", "notice-of-disagreement", "--council", "Fife", "--period", "2026-2029"},
	}
	for name := range commands {
		runs = append(runs, []string{name, "-h"})
	}
	covered := map[string]bool{}
	for _, args := range runs {
		covered[args[0]] = true
		e := testEnv(strings.NewReader(""))
		e.stdout = failingWriter{}
		_, stderr, code := runEnv(t, e, args...)
		if code != exitBadInput {
			t.Errorf("part3 %s with output that cannot be written: exit %d, want %d", strings.Join(args, " "), code, exitBadInput)
		}
		lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
		if last := lines[len(lines)-1]; !strings.Contains(last, "cannot write the output: no space left on device") {
			t.Errorf("part3 %s: stderr %q does not say the output could not be written", strings.Join(args, " "), stderr)
		}
	}
	for name := range commands {
		if !covered[name] {
			t.Errorf("part3 %s is not run with output that cannot be written", name)
		}
	}
}

func TestWrapBreaksLongPaths(t *testing.T) {
	require.Equal(t, "  /plans/1/revisions/0\n  /sent_to_other\n  /police", wrap("/plans/1/revisions/0/sent_to_other/police", "  ", 22))
	require.Equal(t, "2 statutory ../../plan\n            /testdata\n            /x.json", wrapHanging("2 statutory ../../plan/testdata/x.json", "", "            ", 24))
	require.Equal(t, "abcdefghijklmnop", wrap("abcdefghijklmnop", "", 5), "no slash: the word stays whole")
}

// memFile is a file in memory for env.open, under any name at all.
type memFile struct {
	*bytes.Reader
	name string
}

func (f memFile) Stat() (fs.FileInfo, error) { return memInfo{f.name, f.Size()}, nil }
func (memFile) Close() error                 { return nil }

type memInfo struct {
	name string
	size int64
}

func (i memInfo) Name() string     { return i.name }
func (i memInfo) Size() int64      { return i.size }
func (memInfo) Mode() fs.FileMode  { return 0o644 }
func (memInfo) ModTime() time.Time { return time.Time{} }
func (memInfo) IsDir() bool        { return false }
func (memInfo) Sys() any           { return nil }

// openFrom returns an env.open over files, by any name.
func openFrom(files map[string][]byte) func(string) (fs.File, error) {
	return func(name string) (fs.File, error) {
		data, ok := files[name]
		if !ok {
			return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
		}
		return memFile{bytes.NewReader(data), name}, nil
	}
}

// FuzzNamesCannotForgeOutput gives the tool a plan whose title, partnership,
// service and action are named by the fuzzer, under a file name it also
// chooses, and checks every text output of validate and review: no
// character a terminal acts on reaches it (escape sequences, other
// controls, line separators, bidi overrides, bytes that are not UTF-8), and
// no line can be forged, such as a header "== FILE (kind): no findings" for
// a file that was never given.
func FuzzNamesCannotForgeOutput(f *testing.F) {
	base, err := os.ReadFile("../../plan/testdata/rules/base.json")
	require.NoError(f, err)
	notice, err := os.ReadFile("../../consult/testdata/notice-police-valid.json")
	require.NoError(f, err)
	f.Add("plan.json", "Dundee Children and Families Plan")
	f.Add("plan.json\n== forged.json (childrens-services-plan): no findings", "Fife\n== forged.json (notice-of-disagreement): no findings")
	f.Add("\x1b]0;owned\x07.json", "\x1b[2J\x1b[H cleared")
	f.Add("evil\u202egnp.json", "line\u2028separator\u2029 and \u0085 NEL")
	f.Add("bad\xff.json", "tab\there\r\n\x00nul\x7fdel \x9b31m")
	f.Add("-", "stdin")
	f.Fuzz(func(t *testing.T, file, name string) {
		if file == "" || file == "-" || file == "notice.json" || strings.HasPrefix(file, "-") {
			file = "x" + file
		}
		name = "Plan " + name // never blank, which the plan refuses
		var doc map[string]any
		require.NoError(t, json.Unmarshal(base, &doc))
		doc["title"] = name
		doc["partnership"].(map[string]any)["name"] = name
		svc := doc["services"].([]any)[0].(map[string]any)
		svc["name"] = name
		svc["actions"].([]any)[0].(map[string]any)["description"] = name
		data, err := json.Marshal(doc)
		require.NoError(t, err)
		files := map[string][]byte{file: data, "notice.json": notice}
		for _, args := range [][]string{
			{"validate", "--as-of", asOf, file, "notice.json", "missing-" + file},
			{"review", "--as-of", asOf, "--overview", file, "missing-" + file},
		} {
			e := testEnv(strings.NewReader(""))
			e.open = openFrom(files)
			stdout, stderr, _ := runEnv(t, e, args...)
			what := "part3 " + args[0]
			checkNoControl(t, what+" stdout", stdout)
			checkNoControl(t, what+" stderr", stderr)
			headers := 0
			for _, l := range strings.Split(stdout, "\n") {
				if strings.HasPrefix(l, "== ") {
					headers++
				}
			}
			if want := len(args) - 3 - boolInt(args[0] == "review"); headers != want {
				t.Errorf("%s: %d lines start with \"== \", want one a file, %d:\n%s", what, headers, want, stdout)
			}
			if n := strings.Count(stderr, "\n"); n != 1 {
				t.Errorf("%s: stderr has %d lines, want one for the missing file:\n%s", what, n, stderr)
			}
		}
	})
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
