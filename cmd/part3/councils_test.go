package main

import (
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/stretchr/testify/require"
)

func TestCouncilsGolden(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		golden string
	}{
		{"json", []string{"councils", "--format", "json"}, "councils-json.golden"},
		{"text", []string{"councils", "--format", "text"}, "councils-text.golden"},
		{"named", []string{"councils", "Western Isles", "Perth & Kinross", "S12000046", "Highland"}, "councils-named.golden"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, "", tt.args...)
			require.Equal(t, exitOK, code, stderr)
			require.Empty(t, stderr)
			golden(t, tt.golden, stdout)
		})
	}
}

func TestCouncilsJSON(t *testing.T) {
	stdout, _, code := runCLI(t, "", "councils", "--format", "json")
	require.Equal(t, exitOK, code)
	var rows []struct {
		Name        string `json:"name"`
		Code        string `json:"code"`
		HealthBoard struct {
			Name string `json:"name"`
			Code string `json:"code"`
		} `json:"health_board"`
		IJB *struct {
			Name string `json:"name"`
			Code string `json:"code"`
		} `json:"integration_joint_board"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &rows))
	require.Len(t, rows, 32)
	nullIJB := 0
	for _, r := range rows {
		require.True(t, strings.HasPrefix(r.Code, "S12"), r.Name)
		require.True(t, strings.HasPrefix(r.HealthBoard.Code, "S08"), r.Name)
		require.True(t, strings.HasPrefix(r.HealthBoard.Name, "NHS "), r.Name)
		if r.IJB == nil {
			nullIJB++
			require.Equal(t, "Highland", r.Name)
			continue
		}
		require.True(t, strings.HasPrefix(r.IJB.Code, "S37"), r.Name)
	}
	require.Equal(t, 1, nullIJB)
	require.Contains(t, stdout, `"integration_joint_board": null`)
}

func TestCouncilsErrors(t *testing.T) {
	stdout, stderr, code := runCLI(t, "", "councils", "Edinbrugh", "--format", "json")
	require.Equal(t, exitBadInput, code)
	require.Empty(t, stdout)
	require.Equal(t, "part3: councils: unknown council area \"Edinbrugh\"; did you mean \"City of Edinburgh\"?\n", stderr)
}
