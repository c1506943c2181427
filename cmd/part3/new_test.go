package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/report"
)

// TestNewDecodes writes a starter document of every kind "part3 new"
// knows, for a council with an integration joint board and one without,
// and decodes each as its kind.
func TestNewDecodes(t *testing.T) {
	decoders := map[string]func(file string, data []byte) error{
		plan.Kind:          func(f string, d []byte) error { _, err := plan.Decode(f, d); return err },
		report.Kind:        func(f string, d []byte) error { _, err := report.Decode(f, d); return err },
		consult.NoticeKind: func(f string, d []byte) error { _, err := consult.DecodeNotice(f, d); return err },
		duty.HistoryKind:   func(f string, d []byte) error { _, err := duty.DecodeHistory(f, d); return err },
		duty.QuestionKind:  func(f string, d []byte) error { _, err := duty.DecodeQuestion(f, d); return err },
		judgement.Kind:     func(f string, d []byte) error { _, err := judgement.Decode(f, d); return err },
	}
	require.Len(t, decoders, len(newKinds))
	for _, kind := range newKinds {
		for _, council := range []string{"Fife", "Highland", "Na h-Eileanan Siar"} {
			stdout, stderr, code := runCLI(t, "", "new", kind, "--council", council, "--period", "2026-2029")
			require.Equal(t, exitOK, code, stderr)
			require.NoError(t, decoders[kind]("new.json", []byte(stdout)), "part3 new %s --council %s:\n%s", kind, council, stdout)
			if kind == judgement.Kind {
				continue
			}
			ans, err := judge.Judge(judge.Request{Documents: []judge.Input{{File: "new.json", Data: []byte(stdout)}}, Context: judgement.New(period.MustParseDate(asOf))})
			require.NoError(t, err)
			require.Nil(t, ans.Results[0].Error, "part3 new %s is judged", kind)
		}
	}
	stdout, _, _ := runCLI(t, "", "new", plan.Kind, "--council", "Fife", "--period", "2026-2029")
	golden(t, "new-plan.golden", stdout)
}

// TestNewPlanFindingsSayWhatToFillIn judges the starter plan: its findings
// must point at what the author has to fill in, and at nothing the
// skeleton already holds (the partnership, the period, the bodies).
func TestNewPlanFindingsSayWhatToFillIn(t *testing.T) {
	stdout, stderr, code := runCLI(t, "", "new", plan.Kind, "--council", "Fife", "--period", "2026-2029")
	require.Equal(t, exitOK, code, stderr)
	res, err := judge.Document("new.json", []byte(stdout), judgement.New(period.MustParseDate("2026-01-15")))
	require.NoError(t, err)
	require.Nil(t, res.Error)
	paths := map[string]bool{}
	for _, f := range res.Findings {
		paths[f.Path] = true
		for _, done := range []string{"/partnership", "/period", "/title", "/stated_dates"} {
			if strings.HasPrefix(f.Path, done) {
				t.Errorf("a finding on what the skeleton fills in: %v", f)
			}
		}
	}
	for _, want := range []string{"/aims/wellbeing", "/aims/prevention", "/aims/integration", "/aims/best_use_of_resources", "/aims/related_services",
		"/services", "/priorities", "/indicators", "/preparation/consultees"} {
		require.True(t, paths[want], "no finding at %s tells the author to fill it in; findings at %v", want, paths)
	}
	// Each other service provider is listed, to record its opportunity.
	for i := range 6 {
		require.True(t, paths[part3.PointerJoin("/preparation/opportunities", i, "notice_given")], "opportunity %d", i)
	}
	require.Positive(t, res.Findings.Count(part3.Statutory), "an empty plan breaches the Act until it is filled in")
}

// TestNewUnderTheLawGiven builds a plan after section 60 of the 2026 Act
// is commenced: the integration joint board then prepares the plan, and is
// no longer owed an opportunity as an other service provider.
func TestNewUnderTheLawGiven(t *testing.T) {
	ctxFile := filepath.Join(t.TempDir(), "context.json")
	require.NoError(t, os.WriteFile(ctxFile, []byte(`{"kind": "judgement-context", "act_2026_s60_commencement": "2027-04-01"}`), 0o644))
	before, _, _ := runCLI(t, "", "new", plan.Kind, "--council", "Fife", "--period", "2026-2029", "--context", ctxFile)
	after, stderr, code := runCLI(t, "", "new", plan.Kind, "--council", "Fife", "--period", "2029-2032", "--context", ctxFile)
	require.Equal(t, exitOK, code, stderr)
	require.Contains(t, before, `"provider": "integration-joint-board"`)
	require.NotContains(t, after, `"provider": "integration-joint-board"`)
	rep, _, _ := runCLI(t, "", "new", report.Kind, "--council", "Fife", "--period", "2029-2030", "--context", ctxFile)
	require.Contains(t, rep, `"integration_joint_board": "Fife Integration Joint Board"`, "the board publishes the report jointly")
	require.Contains(t, rep, `"reporting_period": "2029-2030"`)
}

func TestNewUsage(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"new"}, "new: expected one KIND"},
		{[]string{"new", "childrens-services-pln", "--council", "Fife", "--period", "2026-2029"}, `did you mean "childrens-services-plan"?`},
		{[]string{"new", "annual-report", "--period", "2026-2029"}, "--council NAME is required"},
		{[]string{"new", "annual-report", "--council", "Fife"}, "--period PERIOD is required"},
		{[]string{"new", "annual-report", "--council", "Gotham", "--period", "2026-2029"}, `new: --council: `},
		{[]string{"new", "annual-report", "--council", "Fife", "--period", "2026-2028"}, `new: --period: `},
		{[]string{"new", "notice-of-disagreement", "--council", "Fife", "--period", "2026-2029", "--issuer", "police"}, `--issuer "police": not an other service provider`},
		{[]string{"new", "annual-report", "--council", "Fife", "--period", "2026-2029", "--format", "text"}, `--format "text": expected json`},
	} {
		_, stderr, code := runCLI(t, "", tt.args...)
		require.Equal(t, exitBadInput, code, tt.args)
		require.Contains(t, stderr, tt.want, tt.args)
	}
}
