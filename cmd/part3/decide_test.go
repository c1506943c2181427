package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
)

// questions are the sample duty questions of package duty.
func questions(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("../../duty/testdata/question-*.json")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	return files
}

// TestDecideGolden decides each sample question, in words and in JSON.
// Whatever the decision, the exit status is 0: a duty that applies is not
// a breach.
func TestDecideGolden(t *testing.T) {
	for _, file := range questions(t) {
		name := strings.TrimSuffix(filepath.Base(file), ".json")
		for _, format := range []string{"text", "json"} {
			t.Run(name+"/"+format, func(t *testing.T) {
				stdout, stderr, code := runCLI(t, "", "decide", "--as-of", asOf, "--format", format, file)
				require.Equal(t, exitOK, code, stderr)
				require.Empty(t, stderr)
				suffix := ".golden"
				if format == "json" {
					suffix = ".json.golden"
				}
				golden(t, "decide-"+name+suffix, stdout)
			})
		}
	}
}

// TestDecideAgreesWithPackage checks that the command prints the decision
// duty.Question.Decide gives, reason by reason.
func TestDecideAgreesWithPackage(t *testing.T) {
	for _, file := range questions(t) {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			require.NoError(t, err)
			q, err := duty.DecodeQuestion(file, data)
			require.NoError(t, err)
			want, err := q.Decide(judgement.New(period.MustParseDate(asOf)))
			require.NoError(t, err)

			stdout, _, _ := runCLI(t, "", "decide", "--as-of", asOf, "--format", "json", file)
			var ans judge.Answer
			require.NoError(t, json.Unmarshal([]byte(stdout), &ans))
			require.Len(t, ans.Results, 1)
			require.Equal(t, duty.QuestionKind, ans.Results[0].Kind)
			require.NotNil(t, ans.Results[0].Decision)
			require.Equal(t, want.Outcome, ans.Results[0].Decision.Outcome)
			require.Equal(t, want.Reasons, ans.Results[0].Decision.Reasons)

			text, _, _ := runCLI(t, "", "decide", "--as-of", asOf, file)
			flat := strings.Join(strings.Fields(text), " ")
			require.Contains(t, flat, "outcome: "+strings.ReplaceAll(want.Outcome.String(), "-", " ")+": ")
			require.Contains(t, flat, "decided by: "+want.DecidedBy)
			for _, r := range want.Reasons {
				require.Contains(t, flat, strings.Join(strings.Fields(r.String()), " "))
			}
		})
	}
}

func TestDecideBadInput(t *testing.T) {
	good := "../../duty/testdata/question-default-powers.json"
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  []string
	}{
		{name: "no question", args: []string{"decide", "--as-of", asOf}, want: []string{"decide: no question given"}},
		{name: "a notice is not a question", args: []string{"decide", "--as-of", asOf, "../../consult/testdata/notice-police-valid.json", good},
			want: []string{"notice-police-valid.json: /kind: wrong document kind", `which part3 decide does not read (expected a document of kind "duty-question")`}},
		{name: "unknown field", stdin: `{"kind": "duty-question", "default_powers": {"function": "s13-annual-report", "falure": "x"}}`,
			args: []string{"decide", "--as-of", asOf, "-", good}, want: []string{"standard input:1:", "/default_powers/falure", "unknown field"}},
		{name: "no such file", args: []string{"decide", "--as-of", asOf, "none.json", good}, want: []string{"none.json", "a readable duty-question file"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, tt.stdin, tt.args...)
			require.Equal(t, exitBadInput, code)
			require.Equal(t, 1, strings.Count(stderr, "\n"), stderr)
			for _, want := range tt.want {
				require.Contains(t, stderr, want)
			}
			if len(tt.args) > 3 {
				require.Contains(t, stdout, "== "+good+"\n", "the good question beside the bad one is decided")
			}
		})
	}
}
