package main

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/internal/testjson"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
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
			args: []string{"validate", noticeDir + "notice-police-valid.json", "--format", "json"}},
		{name: "validate-notices.golden", wantCode: exitStatutory,
			args: append([]string{"validate"}, sampleNotices...)},
		{name: "validate-notices.json.golden", wantCode: exitStatutory,
			args: append([]string{"validate", "--format", "json"}, sampleNotices...)},
		{name: "validate-bad-input.golden", wantCode: exitBadInput,
			stdin: `{"kind": "notice-of-disagreement", "issuer": "police-scotland", "plan": {"councils": ["Dundee City"], "period": "2026-2029"}, "reply_due": "2026-06-30"}`,
			args:  []string{"validate", noticeDir + "notice-unpublished.json", validateDir + "notice-bad-issuer.json", "-", validateDir + "annual-reprot.json", noticeDir + "notice-police-valid.json"}},
		{name: "validate-bad-input.json.golden", wantCode: exitBadInput,
			stdin: `{"kind": "notice-of-disagreement", "issuer": "police-scotland", "plan": {"councils": ["Dundee City"], "period": "2026-2029"}, "reply_due": "2026-06-30"}`,
			args:  []string{"validate", "--format", "json", noticeDir + "notice-unpublished.json", validateDir + "notice-bad-issuer.json", "-", validateDir + "annual-reprot.json", noticeDir + "notice-police-valid.json"}},
		{name: "validate-read-elsewhere.golden", wantCode: exitBadInput,
			args: []string{"validate", "../../duty/testdata/history-fife.json", "../../duty/testdata/question-implementation.json", "../../scenarios/s97-child.json"}},
		{name: "validate-syntax-error.json.golden", wantCode: exitBadInput,
			stdin: "{\n  \"kind\": \"notice-of-disagreement\",\n  \"issuer\": \"police-scotland\"\n  \"plan\": {}\n}\n",
			args:  []string{"validate", "-", "--format", "json"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, tt.stdin, tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit status %d, want %d; stderr %q", code, tt.wantCode, stderr)
			}
			// The list of known kinds grows as packages register theirs; the
			// golden files hold it as KINDS.
			golden(t, tt.name, strings.ReplaceAll(stdout+stderrSection(stderr), strings.Join(kindNames(), ", "), "KINDS"))
			if code == exitBadInput {
				for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
					if !strings.HasPrefix(line, "part3: ") {
						t.Errorf("stderr line %q does not start with part3:", line)
					}
				}
			}
			if strings.HasSuffix(tt.name, ".json.golden") {
				var v []map[string]any
				require.NoError(t, json.Unmarshal([]byte(stdout), &v), "stdout is not one JSON array")
				require.Len(t, v, len(tt.args)-3, "one entry per file")
			}
		})
	}
}

// stderrSection appends standard error to a golden file, marked off.
func stderrSection(stderr string) string {
	if stderr == "" {
		return ""
	}
	return "--- stderr\n" + stderr
}

func TestValidateBadInputNamesFilePathAndExpected(t *testing.T) {
	_, stderr, code := runCLI(t, "", "validate", validateDir+"notice-bad-issuer.json")
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
// module reads elsewhere is bad input to "part3 validate", with the error
// of an unknown kind (file, /kind, ErrWrongKind, the kinds validate
// judges) saying what reads it rather than that the kind is unknown.
func TestValidateKindReadElsewhere(t *testing.T) {
	tests := []struct {
		file, kind, readBy string
	}{
		{"../../duty/testdata/history-fife.json", "planning-history", "part3 calendar --history"},
		{"../../duty/testdata/question-assistance.json", "duty-question", "the Go package duty's DecodeQuestion"},
		{"../../scenarios/s97-child.json", "scenarios", "part3 test"},
	}
	for _, tt := range tests {
		t.Run(tt.kind, func(t *testing.T) {
			data, err := os.ReadFile(tt.file)
			require.NoError(t, err)
			_, err = lookupKind(tt.file, tt.kind)
			testjson.CheckInputError(t, err, testjson.WantInputError{File: tt.file, Category: part3.ErrWrongKind, Path: "/kind",
				Expected: "one of " + strings.Join(kindNames(), ", ")})
			require.Contains(t, err.Error(), fmt.Sprintf("%q is a kind that", tt.kind))
			require.Contains(t, err.Error(), tt.readBy)
			require.NotContains(t, err.Error(), "unknown")

			stdout, stderr, code := runCLI(t, string(data), "validate", "-", "--format", "json")
			require.Equal(t, exitBadInput, code)
			require.Equal(t, 1, strings.Count(stderr, "\n"), stderr)
			var out []errorEntry
			require.NoError(t, json.Unmarshal([]byte(stdout), &out))
			require.Len(t, out, 1)
			require.Equal(t, tt.kind, out[0].Kind)
			require.Equal(t, part3.ErrWrongKind.Error(), out[0].Error.Category)
			require.Equal(t, "/kind", out[0].Error.Path)
		})
	}
}

func TestValidateUsage(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantStderr string
	}{
		{"no file", []string{"validate"}, "validate: no file given"},
		{"unknown kind lists the known ones", []string{"validate", validateDir + "annual-reprot.json"}, `unknown document kind "annual-reprot" (expected one of ` + strings.Join(kindNames(), ", ") + ")"},
		{"plan that is not a plan", []string{"validate", noticeDir + "notice-police-valid.json", "--plan", noticeDir + "notice-police-valid.json"}, `--plan names a document of kind "notice-of-disagreement"`},
		{"plan that cannot be read", []string{"validate", noticeDir + "notice-police-valid.json", "--plan", validateDir + "missing.json"}, "missing.json"},
		{"bad format", []string{"validate", noticeDir + "notice-police-valid.json", "--format", "yaml"}, `--format "yaml"`},
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

func TestValidatePlanKindNotYetKnown(t *testing.T) {
	if _, ok := kinds[planKind]; ok {
		t.Skip("this build knows plans")
	}
	_, stderr, code := runCLI(t, "", "validate", noticeDir+"notice-police-valid.json", "--plan", validateDir+"plan-dundee.json")
	require.Equal(t, exitBadInput, code)
	require.Contains(t, stderr, `documents of kind "childrens-services-plan" are not yet known`)
}

// standInPlan is a minimal plan document for testing --plan before the
// plan package registers the real kind.
type standInPlan struct {
	Kind     string            `json:"kind"`
	Councils []service.Council `json:"councils"`
	Period   period.PlanPeriod `json:"period"`
	Services []struct {
		ID       string           `json:"id"`
		Name     string           `json:"name"`
		Provider service.Provider `json:"provider"`
	} `json:"services"`
}

func (p standInPlan) PlanServices() consult.PlanServices {
	v := consult.PlanServices{Councils: p.Councils, Period: p.Period}
	for _, s := range p.Services {
		v.Services = append(v.Services, consult.PlanService{ID: s.ID, Name: s.Name, Provider: s.Provider})
	}
	return v
}

// withStandInPlanKind registers standInPlan as the plan kind for one test.
func withStandInPlanKind(t *testing.T) {
	t.Helper()
	old, had := kinds[planKind]
	kinds[planKind] = &docKind{
		name:   planKind,
		schema: func() []byte { return []byte("{}") },
		decode: func(file string, data []byte) (any, error) {
			var p standInPlan
			err := part3.Decode(file, data, &p)
			return p, err
		},
		validate: func(any) part3.Findings { return nil },
	}
	t.Cleanup(func() {
		if had {
			kinds[planKind] = old
		} else {
			delete(kinds, planKind)
		}
	})
}

func TestValidateAgainstPlan(t *testing.T) {
	withStandInPlanKind(t)
	tests := []struct {
		name     string
		args     []string
		wantCode int
	}{
		{"validate-against-plan.golden", []string{"validate", "--plan", validateDir + "plan-dundee.json",
			noticeDir + "notice-police-valid.json", validateDir + "notice-about-two-services.json"}, exitStatutory},
		{"validate-against-plan.json.golden", []string{"validate", "--plan", validateDir + "plan-dundee.json", "--format", "json",
			validateDir + "notice-about-two-services.json"}, exitStatutory},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, "", tt.args...)
			require.Equal(t, tt.wantCode, code, "stderr %q", stderr)
			golden(t, tt.name, stdout+stderrSection(stderr))
		})
	}
	// Without the plan, the second notice's matter about school counselling
	// is taken at its word.
	_, _, code := runCLI(t, "", "validate", validateDir+"notice-about-two-services.json")
	require.Equal(t, exitOK, code)
}

func TestRegisterKindRejectsMistakes(t *testing.T) {
	for name, k := range map[string]*docKind{
		"no decode": {name: "x", schema: func() []byte { return nil }, validate: func(any) part3.Findings { return nil }},
		"twice":     kinds[consult.NoticeKind],
	} {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Errorf("registerKind did not panic")
				}
			}()
			registerKind(k)
		})
	}
}

func TestValidateDeterministic(t *testing.T) {
	args := append([]string{"validate", "--format", "json"}, sampleNotices...)
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

// TestValidateNoticeAsOfToday: part3 validate judges a notice as of today,
// so a notice dated to be published later is not yet published and has no
// legal effect.
func TestValidateNoticeAsOfToday(t *testing.T) {
	stdout, _, code := runCLI(t, "", "validate", validateDir+"notice-future.json") // runCLI's today is 2026-11-26
	require.Equal(t, exitStatutory, code)
	for _, want := range []string{"consult.notice-published", "2027-01-15", "on 2026-11-26 it has not been published", "no legal effect"} {
		require.Contains(t, strings.Join(strings.Fields(stdout), " "), want)
	}
}
