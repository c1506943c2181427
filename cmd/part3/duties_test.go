package main

import (
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
)

func TestDuties(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		golden string
	}{
		{"table", []string{"duties"}, "duties.golden"},
		{"json", []string{"duties", "--format", "json"}, "duties-json.golden"},
		{"detail", []string{"duties", "s12-implementation", "s17-default-powers"}, "duties-detail.golden"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, "", tt.args...)
			if code != exitOK || stderr != "" {
				t.Fatalf("exit %d, stderr %q", code, stderr)
			}
			golden(t, tt.golden, stdout)
		})
	}
}

func TestDutiesJSON(t *testing.T) {
	stdout, _, code := runCLI(t, "", "duties", "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	var out struct {
		Duties []struct {
			ID               string `json:"id"`
			Citation         string `json:"citation"`
			Modality         string `json:"modality"`
			S16Directions    bool   `json:"s16_directions"`
			S17DefaultPowers bool   `json:"s17_default_powers"`
		} `json:"duties"`
		Sources []string `json:"sources"`
	}
	if err := json.Unmarshal([]byte(stdout), &out, json.RejectUnknownMembers(false)); err != nil {
		t.Fatal(err)
	}
	if len(out.Duties) < 20 || len(out.Sources) == 0 {
		t.Fatalf("%d duties, %d sources", len(out.Duties), len(out.Sources))
	}
	for _, d := range out.Duties {
		if d.ID == "s12-implementation" && (d.S16Directions || d.S17DefaultPowers || d.Citation != "s.12(1)" || d.Modality != "must") {
			t.Errorf("s12 in JSON: %+v", d)
		}
	}
}

func TestDutiesUnknownID(t *testing.T) {
	_, stderr, code := runCLI(t, "", "duties", "s12-implement")
	if code != exitBadInput || !strings.Contains(stderr, `"s12-implementation"`) || strings.Count(strings.TrimSpace(stderr), "\n") != 0 {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}
