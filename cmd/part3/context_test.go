package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judge"
)

const (
	highlandPlan    = "../../plan/testdata/highland-2021-2023.json"
	highlandContext = "../../judgement/testdata/context-highland-coronavirus.json" // as of 2021-09-30, relief from s.8(1) for 2020-2023 until 2021-06-30
	fullContext     = "../../judgement/testdata/context-full.json"
)

// judgingRuns are a run of each command whose answer depends on the
// judgement context, without --as-of or --context.
var judgingRuns = map[string][]string{
	"validate": {"validate", "../../consult/testdata/notice-police-valid.json"},
	"review":   {"review", "../../plan/testdata/fife-2023-2026.json"},
	"calendar": {"calendar", "--council", "Fife"},
	"decide":   {"decide", "../../duty/testdata/question-default-powers.json"},
}

// TestAsOfRequired checks that every command that judges refuses to judge
// without an as-of date, with a one-line error saying how to give one,
// rather than taking today's date unasked.
func TestAsOfRequired(t *testing.T) {
	for name, args := range judgingRuns {
		t.Run(name, func(t *testing.T) {
			for _, format := range []string{"text", "json"} {
				stdout, stderr, code := runCLI(t, "", append(args, "--format", format)...)
				require.Equal(t, exitBadInput, code)
				require.Empty(t, stdout)
				require.Equal(t, "part3: "+name+`: no as-of date: give --as-of DATE (YYYY-MM-DD, or "today") or a --context file with as_of; every answer is made as of a stated date`+"\n", stderr)
			}
			// A context file without as_of gives no date either.
			dir := t.TempDir()
			file := filepath.Join(dir, "context.json")
			require.NoError(t, os.WriteFile(file, []byte(`{"kind": "judgement-context", "policy": {"copy_days": 14}}`), 0o644))
			_, stderr, code := runCLI(t, "", append(args, "--context", file)...)
			require.Equal(t, exitBadInput, code)
			require.Contains(t, stderr, name+": no as-of date")
		})
	}
}

// TestAsOfToday checks that "--as-of today" judges as of today's date in
// Scotland (the test env's 2026-11-26), the same answer as that date given.
func TestAsOfToday(t *testing.T) {
	for name, args := range judgingRuns {
		t.Run(name, func(t *testing.T) {
			for _, format := range []string{"text", "json"} {
				want, _, wantCode := runCLI(t, "", append(args, "--format", format, "--as-of", "2026-11-26")...)
				got, stderr, code := runCLI(t, "", append(args, "--format", format, "--as-of", "today")...)
				require.Equal(t, wantCode, code, stderr)
				require.Equal(t, want, got)
			}
		})
	}
	_, stderr, code := runCLI(t, "", "validate", "--as-of", "tomorrow", "../../consult/testdata/notice-police-valid.json")
	require.Equal(t, exitBadInput, code)
	require.Contains(t, stderr, `part3: validate: --as-of: `)
	require.Contains(t, stderr, `"tomorrow"`)
}

// TestContextRelief checks that a --context file changes the answer: the
// relief from the time limit of s.8(1) that Highland relied on for its
// 2020-2023 plan (the Coronavirus (Scotland) Act 2020) takes away the
// statutory finding that the plan was prepared after its period began,
// and leaves the other findings as they are.
func TestContextRelief(t *testing.T) {
	findings := func(args ...string) part3.Findings {
		t.Helper()
		stdout, stderr, _ := runCLI(t, "", append([]string{"validate", "--format", "json", highlandPlan}, args...)...)
		require.Empty(t, stderr)
		var ans judge.Answer
		require.NoError(t, json.Unmarshal([]byte(stdout), &ans))
		require.Len(t, ans.Results, 1)
		return ans.Results[0].Findings
	}
	without := findings("--as-of", "2021-09-30")
	with := findings("--context", highlandContext)
	require.Len(t, without.WithRule("plan.prepared-before-period"), 1)
	require.True(t, without.HasStatutory())
	require.Empty(t, with.WithRule("plan.prepared-before-period"))
	require.False(t, with.HasStatutory())
	var rest part3.Findings
	for _, f := range without {
		if f.Rule != "plan.prepared-before-period" {
			rest = append(rest, f)
		}
	}
	require.Equal(t, rest, with, "the relief changes only the finding it relieves")

	// The exit status follows: 1 without the relief, 0 with it; and the
	// text says which context judged.
	_, _, code := runCLI(t, "", "validate", "--as-of", "2021-09-30", highlandPlan)
	require.Equal(t, exitStatutory, code)
	stdout, _, code := runCLI(t, "", "validate", "--context", highlandContext, highlandPlan)
	require.Equal(t, exitOK, code)
	text := strings.Join(strings.Fields(stdout), " ")
	require.Contains(t, text, "Judged as of 2021-09-30 with the judgement context "+highlandContext)
	require.Contains(t, text, "relief relied on for s8-prepare-plan until 2021-06-30")

	// --as-of overrides the file's as_of; the relief still applies.
	stdout, _, _ = runCLI(t, "", "validate", "--format", "json", "--context", highlandContext, "--as-of", "2022-01-10", highlandPlan)
	var ans judge.Answer
	require.NoError(t, json.Unmarshal([]byte(stdout), &ans))
	require.Equal(t, "2022-01-10", ans.Context.AsOf.String())
	require.Len(t, ans.Context.Reliefs, 1)
	require.False(t, ans.HasStatutory())
}

// TestContextBad checks that a --context file that cannot be used is bad
// input: exit 2, one line naming the file, the JSON path and what was
// expected, nothing on standard output.
func TestContextBad(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		file := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(file, []byte(text), 0o644))
		return file
	}
	early := write("early.json", `{"kind": "judgement-context", "as_of": "2026-11-26", "act_2026_s60_commencement": "2025-04-01"}`)
	tests := []struct {
		name string
		file string
		want []string
	}{
		{"commencement before enactment", early, []string{early, "/act_2026_s60_commencement", "2025-04-01 is before the Act was enacted on 2026-05-15"}},
		{"unknown member", write("unknown.json", `{"kind": "judgement-context", "as_of": "2026-11-26", "releifs": []}`), []string{"unknown.json", "/releifs", "unknown field"}},
		{"another kind", "../../consult/testdata/notice-police-valid.json", []string{"notice-police-valid.json", "/kind", "wrong document kind"}},
		{"no kind", write("nokind.json", `{"as_of": "2026-11-26"}`), []string{"nokind.json", "/kind", `"judgement-context"`}},
		{"impossible date", write("date.json", `{"kind": "judgement-context", "as_of": "2026-02-30"}`), []string{"date.json", "/as_of"}},
		{"no such file", filepath.Join(dir, "none.json"), []string{"none.json", "a readable judgement-context file"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for cmd, args := range judgingRuns {
				stdout, stderr, code := runCLI(t, "", append(args, "--context", tt.file)...)
				require.Equal(t, exitBadInput, code, cmd)
				require.Empty(t, stdout, cmd)
				require.Equal(t, 1, strings.Count(stderr, "\n"), "%s: %q", cmd, stderr)
				require.True(t, strings.HasPrefix(stderr, "part3: "+cmd+": --context: "), "%s: %q", cmd, stderr)
				for _, want := range tt.want {
					require.Contains(t, stderr, want, cmd)
				}
			}
		})
	}
}

// TestJSONAnswerSaysWhatJudged checks that every JSON answer of a command
// that judges is one object that says what judged it: the build, the law
// in force on the as-of date and the context used; and that no list in it
// is null.
func TestJSONAnswerSaysWhatJudged(t *testing.T) {
	runs := map[string][]string{
		"validate":          {"validate", "--as-of", asOf, "../../consult/testdata/notice-police-valid.json", "../../plan/testdata/highland-2017-2020.json", "testdata/validate/annual-reprot.json"},
		"validate --plan":   {"validate", "--as-of", asOf, "--plan", planDir + "fife-2023-2026.json", reportDir + "fife-2023-2024.json"},
		"review":            {"review", "--as-of", asOf, "--overview", "../../plan/testdata/fife-2023-2026.json"},
		"calendar":          {"calendar", "--council", "Fife", "--as-of", asOf},
		"calendar history":  {"calendar", "--history", fifeHistory, "--context", fullContext},
		"decide":            {"decide", "--as-of", asOf, "../../duty/testdata/question-implementation.json"},
		"validate question": {"validate", "--as-of", asOf, "../../duty/testdata/question-implementation.json", fifeHistory},
	}
	for name, args := range runs {
		t.Run(name, func(t *testing.T) {
			stdout, stderr, _ := runCLI(t, "", append(args, "--format", "json")...)
			var ans map[string]jsontext.Value
			require.NoError(t, json.Unmarshal([]byte(stdout), &ans), stderr)
			for _, member := range []string{"build", "law", "context", "results"} {
				require.Contains(t, ans, member)
			}
			var build judge.Build
			require.NoError(t, json.Unmarshal(ans["build"], &build))
			require.Equal(t, testBuild, build)
			var law struct {
				On         string `json:"on"`
				Provisions []struct {
					Text string `json:"text"`
				} `json:"provisions"`
			}
			require.NoError(t, json.Unmarshal(ans["law"], &law))
			var ctx struct {
				Kind string `json:"kind"`
				AsOf string `json:"as_of"`
			}
			require.NoError(t, json.Unmarshal(ans["context"], &ctx, json.RejectUnknownMembers(false)))
			require.Equal(t, "judgement-context", ctx.Kind)
			require.NotEmpty(t, ctx.AsOf)
			require.Equal(t, ctx.AsOf, law.On, "the law is the law in force on the as-of date")
			require.NotEmpty(t, law.Provisions)
			require.NotContains(t, stdout, "null", "an empty list is [], never null")
		})
	}
	// Empty lists are there, as [].
	stdout, _, _ := runCLI(t, "", "validate", "--as-of", asOf, "--format", "json", noticeDir+"notice-police-valid.json", "--plan", validateDir+"plan-dundee.json")
	for _, want := range []string{`"findings": []`, `"skipped": []`, `"service_orders": []`, `"reliefs": []`} {
		require.Contains(t, stdout, want)
	}
}

// TestTestTakesNoContext checks that "part3 test" refuses --as-of and
// --context with why: a scenario states its own context.
func TestTestTakesNoContext(t *testing.T) {
	for _, flag := range []string{"as-of", "context"} {
		stdout, stderr, code := runCLI(t, "", "test", "--"+flag, "x", "testdata/test/cases.json")
		require.Equal(t, exitBadInput, code)
		require.Empty(t, stdout)
		require.Equal(t, "part3: test: --"+flag+": "+testNoContext+"\n", stderr)
	}
}

// TestStdinOnce checks that standard input may be named once only.
func TestStdinOnce(t *testing.T) {
	for _, args := range [][]string{
		{"validate", "--context", "-", "-"},
		{"validate", "--as-of", asOf, "-", "-"},
		{"validate", "--as-of", asOf, "--plan", "-", "-"},
		{"review", "--context", "-", "-"},
		{"decide", "--context", "-", "-"},
		{"calendar", "--context", "-", "--history", "-"},
	} {
		_, stderr, code := runCLI(t, "", args...)
		require.Equal(t, exitBadInput, code, args)
		require.Contains(t, stderr, `standard input ("-") is given more than once`, args)
	}
	// Once is fine.
	data, err := os.ReadFile(highlandContext)
	require.NoError(t, err)
	_, stderr, code := runCLI(t, string(data), "validate", "--context", "-", highlandPlan)
	require.Equal(t, exitOK, code, stderr)
}
