package main

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The help examples are run by TestHelpExamples in-process, with the same
// harness as the golden files, rather than by testscript: the test reads
// each example from the help text itself, so the help cannot show what the
// command no longer prints, and there is no second copy of the examples in
// script files to keep in step.

// exampleRun is one command of a help example and the output shown for it.
type exampleRun struct {
	args  []string
	shown []string
}

// parseExample splits an example into its commands ("$ part3 ...") and the
// output shown after each.
func parseExample(t *testing.T, example string) []exampleRun {
	t.Helper()
	var runs []exampleRun
	for _, line := range strings.Split(strings.TrimSpace(example), "\n") {
		if rest, ok := strings.CutPrefix(line, "$ part3 "); ok {
			runs = append(runs, exampleRun{args: strings.Fields(rest)})
			continue
		}
		require.NotEmpty(t, runs, "an example starts with \"$ part3 \": %q", line)
		runs[len(runs)-1].shown = append(runs[len(runs)-1].shown, line)
	}
	return runs
}

// lineMatches reports whether got is the shown line, in which "..."
// stands for any text.
func lineMatches(shown, got string) bool {
	if !strings.Contains(shown, "...") {
		return strings.TrimRight(shown, " ") == strings.TrimRight(got, " ")
	}
	parts := strings.Split(shown, "...")
	for i, p := range parts {
		parts[i] = regexp.QuoteMeta(p)
	}
	return regexp.MustCompile("^" + strings.Join(parts, ".*") + "$").MatchString(strings.TrimRight(got, " "))
}

// matchOutput reports whether the output lines got are those shown, where
// a line of "..." alone stands for any number of lines, and returns the
// first shown line that does not match.
func matchOutput(shown, got []string) (bool, string) {
	if len(shown) == 0 {
		return len(got) == 0, "(the end of the output)"
	}
	if strings.TrimSpace(shown[0]) == "..." {
		for k := 0; k <= len(got); k++ {
			if ok, _ := matchOutput(shown[1:], got[k:]); ok {
				return true, ""
			}
		}
		_, bad := matchOutput(shown[1:], nil)
		return false, bad
	}
	if len(got) == 0 || !lineMatches(shown[0], got[0]) {
		return false, shown[0]
	}
	return matchOutput(shown[1:], got[1:])
}

// TestHelpExamples runs every command's help example from the repository's
// root and checks that the command prints what the example shows.
func TestHelpExamples(t *testing.T) {
	t.Chdir("../..")
	for _, name := range commandNames() {
		c := commands[name]
		t.Run(name, func(t *testing.T) {
			runs := parseExample(t, c.example)
			require.NotEmpty(t, runs, "part3 %s has no example", name)
			for _, r := range runs {
				require.Equal(t, name, r.args[0], "the example of %s runs it", name)
				stdout, stderr, code := runCLI(t, "", r.args...)
				if code == exitBadInput {
					t.Errorf("part3 %s: exit %d: %s", strings.Join(r.args, " "), code, stderr)
				}
				got := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
				if ok, bad := matchOutput(r.shown, got); !ok {
					t.Errorf("the help of part3 %s shows output the command does not give, from the line %q; it gives:\n%s", name, bad, stdout)
				}
			}
		})
	}
}

func TestMatchOutput(t *testing.T) {
	got := []string{"a", "b c d", "e", "f"}
	for _, tt := range []struct {
		shown []string
		ok    bool
	}{
		{[]string{"a", "b c d", "e", "f"}, true},
		{[]string{"a", "...", "f"}, true},
		{[]string{"a", "b ... d", "..."}, true},
		{[]string{"...", "e", "f"}, true},
		{[]string{"a", "b c d"}, false},
		{[]string{"a", "x", "..."}, false},
	} {
		ok, _ := matchOutput(tt.shown, got)
		require.Equal(t, tt.ok, ok, "%q", tt.shown)
	}
}

// TestHelpListsFlagsWithTwoDashes checks that every command's help lists
// its flags as they are written on the command line, --name.
func TestHelpListsFlagsWithTwoDashes(t *testing.T) {
	for _, name := range commandNames() {
		stdout, _, code := runCLI(t, "", name, "-h")
		require.Equal(t, exitOK, code)
		_, flags, ok := strings.Cut(stdout, "\nFlags:\n")
		require.True(t, ok, "part3 %s -h lists no flags", name)
		flags, _, _ = strings.Cut(flags, "\nExample:")
		for _, l := range strings.Split(flags, "\n") {
			if strings.HasPrefix(l, "  -") && !strings.HasPrefix(l, "  --") {
				t.Errorf("part3 %s -h lists a flag with one dash: %q", name, l)
			}
		}
		require.Contains(t, flags, "  --format ")
		require.True(t, strings.HasPrefix(stdout, "Usage: part3 "+name), "part3 %s -h starts with its synopsis", name)
		require.Contains(t, strings.Join(strings.Fields(strings.SplitN(stdout, "\n\n", 2)[0]), " "), "[--format ", "the synopsis of %s ends with --format", name)
	}
}

// TestDidYouMean checks the suggestion for a misspelt command, flag,
// --format value, duty ID and rule ID.
func TestDidYouMean(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"Validate", "x.json"}, `unknown command "Validate"; did you mean "validate"?`},
		{[]string{"calender"}, `unknown command "calender"; did you mean "calendar"?`},
		{[]string{"help", "reveiw"}, `unknown command "reveiw"; did you mean "review"?`},
		{[]string{"validate", "--as-off", asOf, "x.json"}, `validate: unknown flag --as-off; did you mean "--as-of"?`},
		{[]string{"calendar", "-councel", "Fife"}, `calendar: unknown flag --councel; did you mean "--council"?`},
		{[]string{"rules", "--format", "jsno"}, `rules: --format "jsno": expected text or json or markdown; did you mean "json"?`},
		{[]string{"duties", "s12-implementaton"}, `no duty or power "s12-implementaton" in the catalogue; did you mean "s12-implementation"?`},
		{[]string{"rules", "plan.publishd"}, `no rule "plan.publishd" in the rule book; did you mean "plan.published"?`},
		{[]string{"test", "--as-of", asOf}, `test: --as-of: a scenario states its own judgement context`},
		{[]string{"calendar", "--copy-days"}, `calendar: flag needs an argument: --copy-days`},
		// Standard input can be read once.
		{[]string{"test", "-", "-"}, `test: standard input ("-") is given more than once`},
		{[]string{"validate", "--as-of", asOf, "-", "--context", "-"}, `validate: standard input ("-") is given more than once`},
	} {
		_, stderr, code := runCLI(t, "", tt.args...)
		require.Equal(t, exitBadInput, code, tt.args)
		require.Contains(t, stderr, tt.want, tt.args)
		require.Equal(t, 1, strings.Count(stderr, "\n"), stderr)
	}
}
