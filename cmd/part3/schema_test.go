package main

import (
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/consult"
)

func TestSchemaGolden(t *testing.T) {
	stdout, stderr, code := runCLI(t, "", "schema", "notice-of-disagreement")
	require.Equal(t, exitOK, code, stderr)
	golden(t, "schema-notice-of-disagreement.golden", stdout)
	require.Equal(t, strings.TrimSpace(string(consult.NoticeSchema())), strings.TrimSpace(stdout))
	var v map[string]any
	require.NoError(t, json.Unmarshal([]byte(stdout), &v), "the schema is not JSON")
}

func TestSchemaEveryKind(t *testing.T) {
	for _, name := range kindNames() {
		stdout, stderr, code := runCLI(t, "", "schema", name)
		require.Equal(t, exitOK, code, stderr)
		var v map[string]any
		require.NoError(t, json.Unmarshal([]byte(stdout), &v), "schema of %s is not JSON", name)
	}
}

func TestSchemaUsage(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantStderr string
	}{
		{"no kind", []string{"schema"}, "schema: expected one KIND, one of annual-report, childrens-services-plan, notice-of-disagreement, scenarios"},
		{"two kinds", []string{"schema", "notice-of-disagreement", "notice-of-disagreement"}, "schema: expected one KIND"},
		{"unknown kind", []string{"schema", "notice"}, `schema: unknown document kind "notice"; known kinds: annual-report, childrens-services-plan, notice-of-disagreement, scenarios`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, "", tt.args...)
			require.Equal(t, exitBadInput, code)
			require.Empty(t, stdout)
			require.Contains(t, stderr, tt.wantStderr)
			golden(t, "schema-usage-"+strings.ReplaceAll(tt.name, " ", "-")+".golden", stderr)
		})
	}
}
