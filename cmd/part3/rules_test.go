package main

import (
	"os"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
)

func TestRuleBookIsSound(t *testing.T) {
	require.NoError(t, part3.CheckRuleBook(allRules()))
	for _, b := range ruleBooks {
		for _, r := range b.rules() {
			if !strings.HasPrefix(r.ID, b.pkg+".") {
				t.Errorf("rule %s is listed in package %s's book", r.ID, b.pkg)
			}
		}
	}
}

func TestRulesCommand(t *testing.T) {
	for _, format := range []string{"text", "json", "markdown"} {
		t.Run(format, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, "", "rules", "--format", format)
			if code != exitOK || stderr != "" {
				t.Fatalf("exit %d, stderr %q", code, stderr)
			}
			golden(t, "rules."+format, stdout)
		})
	}
	stdout, _, _ := runCLI(t, "", "rules", "--format", "json")
	var got []part3.Rule
	require.NoError(t, json.Unmarshal([]byte(stdout), &got))
	if diff := cmp.Diff(allRules(), got); diff != "" {
		t.Errorf("rules --format json does not round-trip to the rule book (-want +got):\n%s", diff)
	}
	if _, stderr, code := runCLI(t, "", "rules", "plan.copy-to-minsters"); code != exitBadInput || !strings.Contains(stderr, `no rule "plan.copy-to-minsters" in the rule book; did you mean "plan.copy-to-ministers"?`) {
		t.Errorf("rules plan.copy-to-minsters: exit %d, stderr %q", code, stderr)
	}
	stdout, stderr, code := runCLI(t, "", "rules", "plan.published", "--format", "json")
	require.Equal(t, exitOK, code, stderr)
	got = nil
	require.NoError(t, json.Unmarshal([]byte(stdout), &got))
	if len(got) != 1 || got[0].ID != "plan.published" {
		t.Errorf("rules plan.published gives %v", got)
	}
}

// TestREADMERuleBook keeps the README's rule table equal to "part3 rules
// --format markdown". Run with -update to rewrite the README's table.
func TestREADMERuleBook(t *testing.T) {
	const begin, end = "<!-- rules:begin -->\n", "<!-- rules:end -->"
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	text := string(readme)
	i, j := strings.Index(text, begin), strings.Index(text, end)
	if i < 0 || j < i {
		t.Fatalf("README.md lacks the %q ... %q markers around the rule book", strings.TrimSpace(begin), end)
	}
	want := rulesMarkdown(allRules())
	got := text[i+len(begin) : j]
	if *update {
		require.NoError(t, os.WriteFile("../../README.md", []byte(text[:i+len(begin)]+want+text[j:]), 0o644))
		return
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("README.md's rule book differs from part3 rules --format markdown; run go test ./cmd/part3 -run TestREADMERuleBook -update (-want +got):\n%s", diff)
	}
}
