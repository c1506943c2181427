package main

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/scenarios"
)

const (
	noticeDir   = "../../consult/testdata/"
	validateDir = "testdata/validate/"
)

var sampleNotices = []string{
	noticeDir + "notice-police-valid.json",
	noticeDir + "notice-housing-association.json",
	noticeDir + "notice-not-issuer-service.json",
	noticeDir + "notice-no-reasons.json",
	noticeDir + "notice-unpublished.json",
}

func TestValidateGolden(t *testing.T) {
	tests := []struct {
		name     string
		stdin    string
		args     []string
		wantCode int
	}{
		{name: "validate-notice-valid.json.golden", wantCode: exitOK,
			args: []string{"validate", "--as-of", asOf, noticeDir + "notice-police-valid.json", "--format", "json"}},
		{name: "validate-notices.golden", wantCode: exitOK, // a notice without legal effect is no breach
			args: append([]string{"validate", "--as-of", asOf}, sampleNotices...)},
		{name: "validate-notices.json.golden", wantCode: exitOK,
			args: append([]string{"validate", "--as-of", asOf, "--format", "json"}, sampleNotices...)},
		{name: "validate-bad-input.golden", wantCode: exitBadInput,
			stdin: `{"kind": "notice-of-disagreement", "issuer": "police-scotland", "plan": {"councils": ["Dundee City"], "period": "2026-2029"}, "reply_due": "2026-06-30"}`,
			args:  []string{"validate", "--as-of", asOf, noticeDir + "notice-unpublished.json", validateDir + "notice-bad-issuer.json", "-", validateDir + "annual-reprot.json", noticeDir + "notice-police-valid.json"}},
		{name: "validate-bad-input.json.golden", wantCode: exitBadInput,
			stdin: `{"kind": "notice-of-disagreement", "issuer": "police-scotland", "plan": {"councils": ["Dundee City"], "period": "2026-2029"}, "reply_due": "2026-06-30"}`,
			args:  []string{"validate", "--as-of", asOf, "--format", "json", noticeDir + "notice-unpublished.json", validateDir + "notice-bad-issuer.json", "-", validateDir + "annual-reprot.json", noticeDir + "notice-police-valid.json"}},
		{name: "validate-read-elsewhere.golden", wantCode: exitBadInput,
			args: []string{"validate", "--as-of", asOf, "../../scenarios/s97-child.json", "../../judgement/testdata/context-as-of.json"}},
		{name: "validate-history-and-question.golden", wantCode: exitStatutory, // Fife's unsent revision of 2020, past its period
			args: []string{"validate", "--as-of", asOf, "../../duty/testdata/history-fife.json", "../../duty/testdata/question-implementation.json"}},
		{name: "validate-syntax-error.json.golden", wantCode: exitBadInput,
			stdin: "{\n  \"kind\": \"notice-of-disagreement\",\n  \"issuer\": \"police-scotland\"\n  \"plan\": {}\n}\n",
			args:  []string{"validate", "-", "--as-of", asOf, "--format", "json"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, tt.stdin, tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit status %d, want %d; stderr %q", code, tt.wantCode, stderr)
			}
			// The list of the kinds judged grows as the module learns new
			// ones; the golden files hold it as KINDS.
			golden(t, tt.name, strings.ReplaceAll(stdout+stderrSection(stderr), strings.Join(judgedKinds(), ", "), "KINDS"))
			if code == exitBadInput {
				for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
					if !strings.HasPrefix(line, "part3: ") {
						t.Errorf("stderr line %q does not start with part3:", line)
					}
				}
			}
			if strings.HasSuffix(tt.name, ".json.golden") {
				var v struct {
					Results []map[string]any `json:"results"`
				}
				require.NoError(t, json.Unmarshal([]byte(stdout), &v, json.RejectUnknownMembers(false)), "stdout is not one JSON object")
				require.Len(t, v.Results, len(tt.args)-5, "one result per file")
			}
		})
	}
}

// judgedKinds returns the kinds package judge judges, sorted, as its
// errors list them.
func judgedKinds() []string {
	var names []string
	for _, k := range judge.Kinds() {
		if k.Judged {
			names = append(names, k.Name)
		}
	}
	slices.Sort(names)
	return names
}

// stderrSection appends standard error to a golden file, marked off.
func stderrSection(stderr string) string {
	if stderr == "" {
		return ""
	}
	return "--- stderr\n" + stderr
}

func TestValidateBadInputNamesFilePathAndExpected(t *testing.T) {
	_, stderr, code := runCLI(t, "", "validate", "--as-of", asOf, validateDir+"notice-bad-issuer.json")
	require.Equal(t, exitBadInput, code)
	for _, want := range []string{validateDir + "notice-bad-issuer.json", "/issuer", "(expected one of local-authority"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr %q does not contain %q", stderr, want)
		}
	}
	if strings.Count(stderr, "\n") != 1 {
		t.Errorf("stderr is not one line: %q", stderr)
	}
}

// TestValidateKindReadElsewhere checks that a document of a kind the
// module reads elsewhere (a scenario file, a judgement context) is bad
// input to "part3 validate", with package judge's error of a kind it does
// not judge (file, /kind, ErrWrongKind, the kinds judged), which says what
// the document is for rather than calling the kind unknown, and a hint
// naming the command or flag that reads it.
func TestValidateKindReadElsewhere(t *testing.T) {
	tests := []struct {
		file, kind, hint string
	}{
		{"../../scenarios/s97-child.json", scenarios.Kind, "to run it: part3 test FILE"},
		{"../../judgement/testdata/context-full.json", judgement.Kind, "to judge with it: --context FILE"},
	}
	for _, tt := range tests {
		t.Run(tt.kind, func(t *testing.T) {
			data, err := os.ReadFile(tt.file)
			require.NoError(t, err)
			stdout, stderr, code := runCLI(t, string(data), "validate", "-", "--as-of", asOf, "--format", "json")
			require.Equal(t, exitBadInput, code)
			require.Equal(t, 1, strings.Count(stderr, "\n"), stderr)
			require.Contains(t, stderr, fmt.Sprintf("%q is a", tt.kind))
			require.Contains(t, stderr, "; "+tt.hint)
			require.Contains(t, stderr, "(expected one of "+strings.Join(judgedKinds(), ", ")+")")
			require.NotContains(t, stderr, "unknown")
			var out judge.Answer
			require.NoError(t, json.Unmarshal([]byte(stdout), &out))
			require.Len(t, out.Results, 1)
			r := out.Results[0]
			require.Equal(t, tt.kind, r.Kind)
			require.NotNil(t, r.Error)
			require.Equal(t, part3.ErrWrongKind.Error(), r.Error.Category)
			require.Equal(t, "/kind", r.Error.Path)
			require.Equal(t, "standard input", r.Error.File)
		})
	}
}

// TestValidateEveryJudgedKind checks that "part3 validate" accepts a
// document of every kind package judge judges, and gives the answer judge
// gives for it.
func TestValidateEveryJudgedKind(t *testing.T) {
	samples := map[string]string{
		"childrens-services-plan": planDir + "fife-2023-2026.json",
		"annual-report":           reportDir + "fife-2023-2024.json",
		"notice-of-disagreement":  noticeDir + "notice-police-valid.json",
		"planning-history":        "../../duty/testdata/history-fife.json",
		"duty-question":           "../../duty/testdata/question-assistance.json",
	}
	for _, kind := range judgedKinds() {
		t.Run(kind, func(t *testing.T) {
			file, ok := samples[kind]
			require.True(t, ok, "no sample of kind %s: add one", kind)
			stdout, stderr, code := runCLI(t, "", "validate", "--as-of", asOf, "--format", "json", file)
			require.NotEqual(t, exitBadInput, code, stderr)
			var got struct {
				Results []any `json:"results"`
			}
			require.NoError(t, json.Unmarshal([]byte(stdout), &got, json.RejectUnknownMembers(false)))
			require.Len(t, got.Results, 1)
			data, err := os.ReadFile(file)
			require.NoError(t, err)
			res, err := judge.Document(file, data, judgement.New(period.MustParseDate(asOf)))
			require.NoError(t, err)
			require.Equal(t, kind, res.Kind)
			wantJSON, err := judge.MarshalJSON(res)
			require.NoError(t, err)
			var want any
			require.NoError(t, json.Unmarshal(wantJSON, &want))
			require.Equal(t, want, got.Results[0], "the command's result is judge's")
			text, _, _ := runCLI(t, "", "validate", "--as-of", asOf, file)
			require.Contains(t, strings.Join(strings.Fields(text), " "), "== "+file+" ("+kind+"): ")
		})
	}
}

func TestValidateUsage(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantStderr string
	}{
		{"no file", []string{"validate", "--as-of", asOf}, "validate: no file given"},
		{"no as-of date", []string{"validate", noticeDir + "notice-police-valid.json"}, `validate: no as-of date: give --as-of DATE (YYYY-MM-DD, or "today") or a --context file with as_of`},
		{"unknown kind lists the known ones", []string{"validate", "--as-of", asOf, validateDir + "annual-reprot.json"}, `unknown document kind "annual-reprot"; did you mean "annual-report"? (expected one of ` + strings.Join(judgedKinds(), ", ") + ")"},
		{"plan that is not a plan", []string{"validate", "--as-of", asOf, noticeDir + "notice-police-valid.json", "--plan", noticeDir + "notice-police-valid.json"}, `validate: --plan: ../../consult/testdata/notice-police-valid.json: /kind: wrong document kind: the plan to judge against is a document of kind "notice-of-disagreement"`},
		{"plan that cannot be read", []string{"validate", "--as-of", asOf, noticeDir + "notice-police-valid.json", "--plan", validateDir + "missing.json"}, "validate: --plan: testdata/validate/missing.json"},
		{"bad format", []string{"validate", "--as-of", asOf, noticeDir + "notice-police-valid.json", "--format", "yaml"}, `--format "yaml"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, "", tt.args...)
			if code != exitBadInput {
				t.Errorf("exit status %d, want %d", code, exitBadInput)
			}
			if !strings.Contains(stderr, tt.wantStderr) {
				t.Errorf("stderr %q does not contain %q", stderr, tt.wantStderr)
			}
			if tt.name != "unknown kind lists the known ones" && stdout != "" {
				t.Errorf("stdout %q, want nothing", stdout)
			}
		})
	}
}

func TestValidateAgainstPlan(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantCode int
	}{
		{"validate-against-plan.golden", []string{"validate", "--as-of", asOf, "--plan", validateDir + "plan-dundee.json",
			noticeDir + "notice-police-valid.json", validateDir + "notice-about-two-services.json"}, exitOK},
		{"validate-against-plan.json.golden", []string{"validate", "--as-of", asOf, "--plan", validateDir + "plan-dundee.json", "--format", "json",
			validateDir + "notice-about-two-services.json"}, exitOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, "", tt.args...)
			require.Equal(t, tt.wantCode, code, "stderr %q", stderr)
			golden(t, tt.name, stdout+stderrSection(stderr))
		})
	}
	// Without the plan, the second notice's matter about school counselling
	// is taken at its word, and the command says what it could not check.
	stdout, _, code := runCLI(t, "", "validate", "--as-of", asOf, validateDir+"notice-about-two-services.json")
	require.Equal(t, exitOK, code)
	require.Contains(t, stdout, "legal effect: yes, for matters 1 and 2")
	require.Contains(t, stdout, "not checked\n  2 rules need the plan: rerun with --plan PLAN\n")
}

func TestValidateDeterministic(t *testing.T) {
	args := append([]string{"validate", "--as-of", asOf, "--format", "json"}, sampleNotices...)
	first, _, _ := runCLI(t, "", args...)
	for i := range 5 {
		again, _, _ := runCLI(t, "", args...)
		if again != first {
			t.Fatalf("run %d differs from the first", i)
		}
	}
}

func TestWrap(t *testing.T) {
	got := wrap("aaa bbb ccc "+strings.Repeat("x", 12), "  ", 10)
	want := fmt.Sprintf("  aaa bbb\n  ccc\n  %s", strings.Repeat("x", 12))
	require.Equal(t, want, got)
}

// TestValidateNoticeAsOfToday: with --as-of today, part3 validate judges a
// notice as of today, so a notice dated to be published later is not yet
// published and has no legal effect.
func TestValidateNoticeAsOfToday(t *testing.T) {
	stdout, _, code := runCLI(t, "", "validate", "--as-of", "today", validateDir+"notice-future.json") // runCLI's today is 2026-11-26
	require.Equal(t, exitOK, code, "a notice without legal effect is no breach")
	for _, want := range []string{"consult.notice-published", "2027-01-15", "on 2026-11-26 it has not been published", "no legal effect", "legal effect: none", "Judged as of 2026-11-26."} {
		require.Contains(t, strings.Join(strings.Fields(stdout), " "), want)
	}
}
