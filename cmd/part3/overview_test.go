package main

import (
	"bytes"
	"encoding/xml"
	"errors"
	"html"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/report"
)

// overviewPlans are the sample plans of package plan that the overview
// goldens review: a revision that supersedes its original, a joint plan,
// plans before and after the 2nd edition, and one with breaches.
var overviewPlans = []string{
	"fife-2023-2026.json",
	"fife-2023-2026-revision-1.json",
	"tayside-2023-2026.json",
	"highland-2017-2020.json",
	"highland-2021-2023.json",
	"breaches-2023-2026.json",
}

func overviewResults(t *testing.T) []report.PlanResult {
	t.Helper()
	var out []report.PlanResult
	for _, name := range overviewPlans {
		data, err := os.ReadFile(planDir + name)
		require.NoError(t, err)
		p, err := plan.Decode(name, data)
		require.NoError(t, err)
		r, err := report.Assess(p, judgement.New(period.MustParseDate(asOf)))
		require.NoError(t, err)
		out = append(out, r)
	}
	return out
}

// callOverview calls writeOverview as "part3 review --overview" does, with
// the overview of results.
func callOverview(t *testing.T, format string, results []report.PlanResult) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = writeOverview(&env{stdout: &out, stderr: &errb}, format, report.NewOverview(results))
	return out.String(), errb.String(), code
}

func TestOverviewGolden(t *testing.T) {
	results := overviewResults(t)
	for _, format := range overviewFormats {
		t.Run(format, func(t *testing.T) {
			stdout, stderr, code := callOverview(t, format, results)
			require.Equal(t, exitStatutory, code, "the breaches sample has statutory findings; stderr %q", stderr)
			require.Empty(t, stderr)
			golden(t, "overview."+format, stdout)
		})
	}
}

func TestOverviewJSON(t *testing.T) {
	stdout, _, _ := callOverview(t, "json", overviewResults(t))
	var got report.Overview
	require.NoError(t, json.Unmarshal([]byte(stdout), &got))
	require.Equal(t, report.NewOverview(overviewResults(t)), got, "the JSON round-trips to the overview")
}

func TestOverviewHTMLIsWellFormed(t *testing.T) {
	stdout, _, _ := callOverview(t, "html", overviewResults(t))
	d := xml.NewDecoder(strings.NewReader(stdout))
	d.Strict = true
	depth := 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
		switch tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
	}
	require.Zero(t, depth)
	require.True(t, strings.HasPrefix(stdout, "<!DOCTYPE html>\n"))
	for _, c := range plan.Criteria() {
		if !strings.Contains(stdout, ">"+html.EscapeString(c.Title)+"</th>") {
			t.Errorf("criterion %d, %s, is not on the page", c.Number, c.Title)
		}
	}
	if strings.Contains(stdout, "<script") {
		t.Errorf("the page has a script")
	}
}

func TestOverviewStatus(t *testing.T) {
	results := overviewResults(t)
	// Without the plan with breaches, and Highland's late 2020-2023 plan,
	// no statutory finding is counted.
	clean := []report.PlanResult{results[1], results[2], results[3]}
	_, _, code := callOverview(t, "text", clean)
	require.Equal(t, exitOK, code)
	// Reviews that were not validated count no statutory finding.
	_, _, code = callOverview(t, "text", report.Reviewed(results[5].Review))
	require.Equal(t, exitOK, code)

	stdout, stderr, code := callOverview(t, "markdown", clean)
	require.Equal(t, exitBadInput, code)
	require.Empty(t, stdout)
	require.Equal(t, "part3: review --overview: --format markdown: expected text, json, html\n", stderr)
}

// TestReviewOverviewCommand runs "part3 review --overview" end to end.
func TestReviewOverviewCommand(t *testing.T) {
	files := []string{planDir + "fife-2023-2026.json", planDir + "tayside-2023-2026.json", planDir + "breaches-2023-2026.json"}
	for _, format := range overviewFormats {
		t.Run(format, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, "", append([]string{"review", "--as-of", asOf, "--overview", "--format", format}, files...)...)
			if code != exitStatutory || stderr != "" {
				t.Fatalf("exit %d (want 1: the breaches sample has statutory findings), stderr %q", code, stderr)
			}
			golden(t, "review-overview."+format, stdout)
		})
	}
	t.Run("json is one answer with reviews and overview", func(t *testing.T) {
		stdout, _, _ := runCLI(t, "", append([]string{"review", "--as-of", asOf, "--overview", "--format", "json"}, files...)...)
		var got struct {
			Results []struct {
				Review plan.Review `json:"review"`
			} `json:"results"`
			Overview report.Overview `json:"overview"`
		}
		require.NoError(t, json.Unmarshal([]byte(stdout), &got, json.RejectUnknownMembers(false)))
		require.Len(t, got.Results, 3)
		require.Len(t, got.Results[0].Review.Criteria, 16) // 6a and 6b
		require.Equal(t, 3, got.Overview.Plans)
	})
	t.Run("the overview is of the plans as judged", func(t *testing.T) {
		// The command's overview is the one report.NewOverview gives of
		// the plans assessed as of the same date.
		stdout, _, _ := runCLI(t, "", append([]string{"review", "--as-of", asOf, "--overview", "--format", "json"}, files...)...)
		var got struct {
			Overview report.Overview `json:"overview"`
		}
		require.NoError(t, json.Unmarshal([]byte(stdout), &got, json.RejectUnknownMembers(false)))
		var want []report.PlanResult
		for _, f := range files {
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			p, err := plan.Decode(f, data)
			require.NoError(t, err)
			r, err := report.Assess(p, judgement.New(period.MustParseDate(asOf)))
			require.NoError(t, err)
			want = append(want, r)
		}
		require.Equal(t, report.NewOverview(want), got.Overview)
	})
	t.Run("html needs --overview", func(t *testing.T) {
		_, stderr, code := runCLI(t, "", "review", "--as-of", asOf, "--format", "html", files[0])
		if code != exitBadInput || !strings.Contains(stderr, "add --overview") {
			t.Errorf("exit %d, stderr %q", code, stderr)
		}
	})
	t.Run("bad file among good ones", func(t *testing.T) {
		stdout, stderr, code := runCLI(t, "", "review", "--as-of", asOf, "--overview", files[0], "testdata/validate/annual-reprot.json")
		if code != exitBadInput || !strings.Contains(stderr, "annual-reprot.json") || !strings.Contains(stdout, "Fife") {
			t.Errorf("exit %d, stderr %q, stdout %.200q", code, stderr, stdout)
		}
	})
}
