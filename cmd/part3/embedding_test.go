package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
)

// cliWords matches what a message of the library must not say, for it is
// shown by systems that embed the module as well as by this tool: a
// command of the tool ("part3 schema"), a flag ("--plan") or a Go
// identifier ("Register.Apply", "plan.Decode").
var cliWords = regexp.MustCompile(`\bpart3 [a-z]+|(^|\s)--[a-z]|\b[A-Z][a-z]+[A-Z]?[A-Za-z]*\.[A-Z][A-Za-z]+\b|\b[a-z]+\.[A-Z][A-Za-z]+\b`)

// TestLibraryTextNamesNoCommand scans every rule summary, every finding
// message, reason, note and statement of the law the samples give through
// package judge, and the error of every row of the bad-input catalogue,
// for the names of commands, flags and Go identifiers: the tool adds its
// own hints where it prints them.
func TestLibraryTextNamesNoCommand(t *testing.T) {
	var texts []string
	add := func(where, s string) {
		if m := cliWords.FindString(s); m != "" {
			t.Errorf("%s names %q: %s", where, m, s)
		}
		texts = append(texts, s)
	}
	for _, r := range allRules() {
		add("the summary of "+r.ID, r.Summary)
	}
	var docs []judge.Input
	for _, glob := range []string{"plan/testdata/*.json", "plan/testdata/rules/*.json", "report/testdata/*.json", "report/testdata/rules/*.json",
		"consult/testdata/notice-*.json", "duty/testdata/*.json", "duty/testdata/rules/*.json"} {
		files, err := filepath.Glob(filepath.Join("../..", glob))
		require.NoError(t, err)
		for _, f := range files {
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			docs = append(docs, judge.Input{File: f, Data: data})
		}
	}
	ctx := judgement.New(period.MustParseDate(asOf))
	ctx.Act2026Section60 = period.MustParseDate("2027-04-01")
	ans, err := judge.Judge(judge.Request{Documents: docs, Context: ctx, Review: true, Overview: true})
	require.NoError(t, err)
	add("the law applied", ans.Law.String())
	for _, r := range ans.Results {
		if r.Error != nil {
			add(r.File+"'s error", r.Error.Message)
			continue
		}
		for _, f := range r.Findings {
			add(r.File+" "+f.Rule, f.Message)
		}
		for _, s := range r.Skipped {
			add(r.File+" skipped "+s.Rule, s.Reason)
		}
		if r.Decision != nil {
			for _, reason := range r.Decision.Reasons {
				add(r.File+"'s decision", reason.String())
			}
			for _, n := range r.Decision.Notes {
				add(r.File+"'s decision", n)
			}
		}
		if r.Calendar != nil {
			for _, o := range r.Calendar.Obligations {
				add(r.File+"'s calendar", o.Describe(r.Calendar.AsOf))
			}
		}
		if r.Review != nil {
			for _, j := range append(r.Review.Criteria, r.Review.Steps...) {
				add(r.File+"'s review", j.Reason)
			}
		}
	}
	dir := t.TempDir()
	for i, row := range badInputs() {
		base, err := os.ReadFile(badKinds[row.kind].base)
		require.NoError(t, err)
		decode := badKinds[row.kind].decode
		if row.decode != nil {
			decode = row.decode
		}
		file := filepath.Join(dir, "bad.json")
		if _, err := decode(file, row.data(t, base)); err != nil {
			add("the error of catalogue row "+row.kind+"/"+row.class+"/"+row.name, strings.ReplaceAll(err.Error(), file, "bad.json"))
		}
		_ = i
	}
	require.Greater(t, len(texts), 500, "the scan found too little to be worth its name")
}
