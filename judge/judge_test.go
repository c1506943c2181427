package judge_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/report"
	"github.com/csplanning/part3/service"
)

var asOf = period.MustParseDate("2026-11-26")

func input(t testing.TB, path string) judge.Input {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", path))
	require.NoError(t, err)
	return judge.Input{File: path, Data: data}
}

// samples are the sample documents of every kind Judge judges.
func samples(t testing.TB) []judge.Input {
	t.Helper()
	var out []judge.Input
	for _, glob := range []string{"plan/testdata/*.json", "plan/testdata/rules/*.json", "report/testdata/*.json", "report/testdata/rules/*.json", "consult/testdata/notice-*.json", "duty/testdata/rules/*.json",
		"duty/testdata/history-*.json", "duty/testdata/question-*.json"} {
		files, err := filepath.Glob(filepath.Join("..", glob))
		require.NoError(t, err)
		for _, f := range files {
			rel, _ := filepath.Rel("..", f)
			out = append(out, input(t, filepath.ToSlash(rel)))
		}
	}
	require.Greater(t, len(out), 80)
	return out
}

func TestJudgeEveryKind(t *testing.T) {
	ans, err := judge.Judge(judge.Request{Documents: samples(t), Context: judgement.New(asOf)})
	require.NoError(t, err)
	seen := map[string]bool{}
	for _, r := range ans.Results {
		if r.Error != nil {
			t.Errorf("%s: %s", r.File, r.Error.Message)
			continue
		}
		seen[r.Kind] = true
		switch r.Kind {
		case "notice-of-disagreement":
			if r.Notice == nil {
				t.Errorf("%s: no legal effect stated", r.File)
			}
		case "planning-history":
			if r.Calendar == nil {
				t.Errorf("%s: no calendar", r.File)
			}
		case "duty-question":
			if r.Decision == nil || len(r.Decision.Reasons) == 0 {
				t.Errorf("%s: no decision with reasons", r.File)
			}
		}
		if r.Findings == nil || r.Skipped == nil {
			t.Errorf("%s: a nil list, which would print as null", r.File)
		}
	}
	for _, k := range []string{"childrens-services-plan", "annual-report", "notice-of-disagreement", "planning-history", "duty-question"} {
		if !seen[k] {
			t.Errorf("no sample of kind %s was judged", k)
		}
	}
	if ans.Context.AsOf != asOf || len(ans.Law.Provisions) == 0 || ans.Build.Path != judge.ModulePath {
		t.Errorf("the answer does not say what judged it: %+v %+v %+v", ans.Context, ans.Law, ans.Build)
	}
}

// TestJudgeIsThePackages checks that the entry point gives the findings
// the packages give when called directly.
func TestJudgeIsThePackages(t *testing.T) {
	ctx := judgement.New(asOf)
	for _, in := range samples(t) {
		res, err := judge.Document(in.File, in.Data, ctx)
		require.NoError(t, err)
		direct, err := direct(in, ctx)
		if res.Error != nil {
			t.Errorf("%s: %s", in.File, res.Error.Message)
			continue
		}
		require.NoError(t, err, in.File)
		if diff := cmp.Diff(direct, res.Findings, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s: entry point and package differ (-package +entry):\n%s", in.File, diff)
		}
	}
}

func TestJudgeBadInputIsTheDocuments(t *testing.T) {
	ans, err := judge.Judge(judge.Request{Context: judgement.New(asOf), Documents: []judge.Input{
		{File: "broken.json", Data: []byte(`{"kind": "childrens-services-plan",`)},
		{File: "context.json", Data: []byte(`{"kind": "judgement-context", "as_of": "2026-11-26"}`)},
		{File: "letter.json", Data: []byte(`{"kind": "letter"}`)},
		input(t, "consult/testdata/notice-police-valid.json"),
		{File: "report.json", Data: []byte(`{"kind": "anual-report"}`)},
	}})
	require.NoError(t, err)
	want := []struct{ category, path, in string }{
		{"not well-formed JSON", "", "broken.json"},
		{"wrong document kind", "/kind", "judgement context"},
		{"wrong document kind", "/kind", "unknown document kind \"letter\""},
	}
	// A misspelt kind is told the one probably meant.
	if p := ans.Results[4].Error; p == nil || !strings.Contains(p.Message, `unknown document kind "anual-report"; did you mean "annual-report"?`) {
		t.Errorf("misspelt kind: %+v", p)
	}
	for i, w := range want {
		p := ans.Results[i].Error
		if p == nil || p.Category != w.category || p.Path != w.path || !strings.Contains(p.Message, w.in) {
			t.Errorf("result %d: problem %+v, want %+v", i, p, w)
		}
	}
	if ans.Results[3].Error != nil || ans.BadInput() != 4 {
		t.Errorf("a good document after bad ones: %+v; bad input %d", ans.Results[3].Error, ans.BadInput())
	}
}

func TestJudgeRefusesContextWithoutAsOf(t *testing.T) {
	_, err := judge.Judge(judge.Request{Documents: []judge.Input{input(t, "consult/testdata/notice-police-valid.json")}})
	var ie *part3.InputError
	require.True(t, errors.As(err, &ie), "error %v", err)
	if ie.Path != "/as_of" || !errors.Is(err, part3.ErrMissing) {
		t.Errorf("error %v", err)
	}
}

func TestJudgeAgainstPlan(t *testing.T) {
	plan := input(t, "plan/testdata/fife-2023-2026.json")
	ans, err := judge.Judge(judge.Request{Context: judgement.New(asOf), Plan: &plan, Documents: []judge.Input{
		input(t, "report/testdata/fife-2023-2024.json"), input(t, "report/testdata/fife-2024-2025-late.json"),
	}})
	require.NoError(t, err)
	if ans.Coverage == nil || len(ans.Coverage.Periods) != 3 {
		t.Fatalf("coverage %+v", ans.Coverage)
	}
	for _, r := range ans.Results {
		if !r.CheckedAgainstPlan || len(r.Skipped) != 0 {
			t.Errorf("%s: checked against plan %v, skipped %v", r.File, r.CheckedAgainstPlan, r.Skipped)
		}
	}
	alone, err := judge.Document("r.json", input(t, "report/testdata/fife-2023-2024.json").Data, judgement.New(asOf))
	require.NoError(t, err)
	if len(alone.Skipped) == 0 {
		t.Error("a report judged without its plan skips no rule")
	}
	for _, s := range alone.Skipped {
		if s.Reason == "" || strings.Contains(s.Reason, "--plan") {
			t.Errorf("skip reason %q: empty, or names a flag of the command-line tool", s.Reason)
		}
	}
	notPlan := input(t, "consult/testdata/notice-police-valid.json")
	_, err = judge.Judge(judge.Request{Context: judgement.New(asOf), Plan: &notPlan})
	if !errors.Is(err, part3.ErrWrongKind) {
		t.Errorf("a notice given as the plan: %v", err)
	}
}

func TestJudgeGuidanceSkippedFor2017(t *testing.T) {
	res, err := judge.Document("h.json", input(t, "plan/testdata/highland-2017-2020.json").Data, judgement.New(asOf))
	require.NoError(t, err)
	if len(res.Skipped) == 0 {
		t.Fatal("no rule skipped for a 2017-2020 plan")
	}
	for _, s := range res.Skipped {
		if !strings.Contains(s.Reason, "2nd edition") {
			t.Errorf("%s: reason %q", s.Rule, s.Reason)
		}
	}
	for _, f := range res.Findings {
		if f.Citation.IsGuidance() {
			t.Errorf("a guidance finding on a 2017-2020 plan: %v", f)
		}
	}
}

func TestJudgeMaxFindings(t *testing.T) {
	in := input(t, "plan/testdata/breaches-2023-2026.json")
	all, err := judge.Document(in.File, in.Data, judgement.New(asOf))
	require.NoError(t, err)
	statutory := all.Findings.WithSeverity(part3.Statutory)
	require.Greater(t, len(statutory), 3)
	require.Greater(t, len(all.Findings), len(statutory)+3)
	for _, max := range []int{1, 3, len(statutory), len(statutory) + 2, len(all.Findings), len(all.Findings) + 1} {
		ans, err := judge.Judge(judge.Request{Documents: []judge.Input{in}, Context: judgement.New(asOf), MaxFindings: max, Overview: true})
		require.NoError(t, err)
		r := ans.Results[0]
		kept := min(max, len(all.Findings))
		if len(r.Findings) != kept || r.Omitted != len(all.Findings)-kept {
			t.Errorf("max %d: %d findings, %d omitted; want %d and %d", max, len(r.Findings), r.Omitted, kept, len(all.Findings)-kept)
		}
		// The most severe are kept, in their order.
		var want part3.Findings
		for _, s := range part3.Severities() {
			for _, f := range all.Findings {
				if f.Severity == s && len(want) < max {
					want = append(want, f)
				}
			}
		}
		want.Sort()
		if diff := cmp.Diff(want, r.Findings); diff != "" {
			t.Errorf("max %d: the findings kept (-want +got):\n%s", max, diff)
		}
		if !ans.HasStatutory() {
			t.Errorf("max %d: the answer lost its statutory finding", max)
		}
		total := 0
		for _, rc := range ans.Overview.Statutory {
			total += rc.Findings
		}
		if total != len(statutory) {
			t.Errorf("max %d: the overview counts %d statutory findings, want all %d", max, total, len(statutory))
		}
	}
}

// TestNoticeWithoutLegalEffectIsNoBreach: a notice that does not meet
// s.10(8) has no legal effect; its findings are conditions, never
// statutory, and the answer holds no breach. Plans and reports never get a
// condition finding: a notice is not a plan.
func TestNoticeWithoutLegalEffectIsNoBreach(t *testing.T) {
	ans, err := judge.Judge(judge.Request{Context: judgement.New(asOf), Documents: []judge.Input{
		input(t, "consult/testdata/notice-housing-association.json"),
		input(t, "consult/testdata/notice-unpublished.json"),
	}})
	require.NoError(t, err)
	for _, r := range ans.Results {
		require.NotNil(t, r.Notice, r.File)
		if r.Notice.LegalEffect || len(r.Findings) == 0 {
			t.Errorf("%s: legal effect %v, findings %v", r.File, r.Notice.LegalEffect, r.Findings)
		}
		for _, f := range r.Findings {
			if f.Severity != part3.Condition || !strings.Contains(f.Message, "no legal effect") {
				t.Errorf("%s: finding %v is not a condition saying the notice has no legal effect", r.File, f)
			}
		}
	}
	if ans.HasStatutory() {
		t.Error("a notice without legal effect is reported as a breach of the Act")
	}

	all, err := judge.Judge(judge.Request{Documents: samples(t), Context: judgement.New(asOf)})
	require.NoError(t, err)
	for _, r := range all.Results {
		if r.Kind == "notice-of-disagreement" {
			continue
		}
		for _, f := range r.Findings {
			// Besides a notice's, the one condition is an annual report
			// published before its year ended: not the report s.13(1)
			// requires, and no breach.
			if f.Severity == part3.Condition && f.Rule != duty.RuleReportAfterPeriodID {
				t.Errorf("%s (%s): condition finding %v; only notices and early reports have them", r.File, r.Kind, f)
			}
		}
	}
}

func TestJudgeReviewAndOverview(t *testing.T) {
	ans, err := judge.Judge(judge.Request{Context: judgement.New(asOf), Review: true, Overview: true, Documents: []judge.Input{
		input(t, "plan/testdata/fife-2023-2026.json"), input(t, "plan/testdata/tayside-2023-2026.json"),
		input(t, "consult/testdata/notice-police-valid.json"),
	}})
	require.NoError(t, err)
	if ans.Results[0].Review == nil || ans.Results[1].Review == nil || ans.Results[2].Review != nil {
		t.Error("a review is given only for each plan")
	}
	if ans.Overview == nil || len(ans.Overview.Partnerships) != 2 {
		t.Errorf("overview %+v", ans.Overview)
	}
}

// TestOverviewOrder: Fife's revision 1 is in the samples twice, once with
// a preparation record reused from the original (a statutory finding of
// plan.revision-prepared-afresh) and once with its own. Given in either
// order, the overview is the same: one duplicate row naming both files,
// with the statutory findings counted, so that the command's exit status
// (1 when the overview counts a statutory finding) does not depend on the
// order of its arguments.
func TestOverviewOrder(t *testing.T) {
	own := input(t, "plan/testdata/fife-2023-2026-revision-1.json")
	reused := input(t, "plan/testdata/fife-2023-2026-revision-reused-record.json")
	overview := func(docs ...judge.Input) *report.Overview {
		ans, err := judge.Judge(judge.Request{Context: judgement.New(asOf), Overview: true, Documents: docs})
		require.NoError(t, err)
		require.NotNil(t, ans.Overview)
		return ans.Overview
	}
	first, second := overview(own, reused), overview(reused, own)
	if diff := cmp.Diff(first, second, cmpopts.EquateComparable(period.PlanPeriod{}, part3.Citation{}, service.Council{})); diff != "" {
		t.Fatalf("the overview depends on the order of the documents (-first +second):\n%s", diff)
	}
	require.Equal(t, 1, first.Plans)
	require.Equal(t, 1, first.Duplicates)
	require.Empty(t, first.Superseded, "neither is superseded: both claim revision 1")
	row := first.Partnerships[0]
	require.True(t, row.Duplicate)
	require.Equal(t, []string{own.File, reused.File}, row.Files)
	require.Positive(t, row.Statutory)
	require.NotEmpty(t, first.Statutory, "the reused record's breach is counted, whichever file comes first")
	require.Equal(t, "plan.revision-prepared-afresh", first.Statutory[0].Rule)
}

func TestCalendar(t *testing.T) {
	h := input(t, "duty/testdata/history-fife.json")
	fife, _ := judgementCouncil("Fife")
	ans, err := judge.Calendar(fife, &h, judgement.New(asOf))
	require.NoError(t, err)
	if r := ans.Results[0]; r.Error != nil || r.Calendar == nil {
		t.Fatalf("result %+v", r)
	}
	angus, _ := judgementCouncil("Angus")
	ans, err = judge.Calendar(angus, &h, judgement.New(asOf))
	require.NoError(t, err)
	if p := ans.Results[0].Error; p == nil || p.Path != "/council" {
		t.Errorf("another council's history: %+v", p)
	}
	ans, err = judge.Calendar(angus, nil, judgement.New(asOf))
	require.NoError(t, err)
	if r := ans.Results[0]; r.Calendar == nil || len(r.Calendar.Obligations) == 0 {
		t.Errorf("no calendar without a history: %+v", r)
	}
}

// TestJudgeConcurrently runs the entry point from 64 goroutines on every
// sample at once; run with -race. Every answer must equal the one judged
// alone.
func TestJudgeConcurrently(t *testing.T) {
	docs := samples(t)
	plan := input(t, "plan/testdata/fife-2023-2026.json")
	req := judge.Request{Documents: docs, Plan: &plan, Context: judgement.New(asOf), Review: true, Overview: true}
	want, err := judge.Judge(req)
	require.NoError(t, err)
	wantJSON, err := judge.MarshalJSON(want)
	require.NoError(t, err)
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for range 64 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := judge.Judge(req)
			if err != nil {
				errs <- err.Error()
				return
			}
			gotJSON, err := judge.MarshalJSON(got)
			if err != nil || string(gotJSON) != string(wantJSON) {
				errs <- "an answer judged concurrently differs from the one judged alone"
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestKinds(t *testing.T) {
	var names []string
	for _, k := range judge.Kinds() {
		names = append(names, k.Name)
		if k.Schema == nil || len(k.Schema()) == 0 {
			t.Errorf("%s has no schema", k.Name)
		}
	}
	want := []string{"annual-report", "childrens-services-plan", "duty-question", "judgement-context", "notice-of-disagreement", "planning-history"}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("kinds (-want +got):\n%s", diff)
	}
	if k, ok := judge.LookupKind("judgement-context"); !ok || k.Judged {
		t.Errorf("judgement-context: %+v %v", k, ok)
	}
}

func TestBuild(t *testing.T) {
	b := judge.ReadBuild()
	if b.Path != judge.ModulePath || b.Version == "" || !strings.HasPrefix(b.Go, "go") {
		t.Errorf("build %+v", b)
	}
	if got := (judge.Build{Path: judge.ModulePath, Version: "v0.1.0", Revision: "88cbf13b74138c0000", Modified: true, Go: "go1.26.8"}).String(); got != "github.com/csplanning/part3 v0.1.0 (revision 88cbf13b7413, modified, go1.26.8)" {
		t.Errorf("String() = %q", got)
	}
}

// TestProblemListsEveryProblem: a document with several problems is one
// Problem for the first with the others in More, each on a line of its
// own.
func TestProblemListsEveryProblem(t *testing.T) {
	ans, err := judge.Judge(judge.Request{Context: judgement.New(asOf), Documents: []judge.Input{
		{File: "n.json", Data: []byte(`{"kind": "notice-of-disagreement", "isuer": "police-scotland", "plan": {"councils": ["Fife", "Fife"], "period": "2026-2029"}, "matters": [], "colour": 1}`)},
	}})
	require.NoError(t, err)
	p := ans.Results[0].Error
	require.NotNil(t, p)
	require.Equal(t, "/isuer", p.Path)
	// The missing issuer is not told: the misspelt member is it.
	require.Len(t, p.More, 2)
	lines := p.Lines()
	require.Equal(t, []string{
		`n.json:1:36: /isuer: unknown field: "isuer" is not a field here; did you mean "issuer"? (expected one of this object's members: $schema, kind, issuer, integration_joint_board, plan, matters, reasons, published)`,
		`n.json:1:94: /plan/councils/1: duplicate ID: Fife is listed twice (expected each council area once)`,
		`n.json:1:142: /colour: unknown field: "colour" is not a field here (expected one of this object's members: $schema, kind, issuer, integration_joint_board, plan, matters, reasons, published)`,
	}, lines)
	require.True(t, strings.HasSuffix(p.Message, "(and 2 more problems)"))
}

// TestProblemLinesCountOne: one problem left over is "1 more problem",
// and the first line loses the count its message ends with.
func TestProblemLinesCountOne(t *testing.T) {
	p := judge.NewProblem(&part3.InputError{Path: "/a", Category: part3.ErrMissing, Omitted: 1})
	require.True(t, strings.HasSuffix(p.Message, " (and 1 more problem)"), p.Message)
	lines := p.Lines()
	require.Equal(t, []string{strings.TrimSuffix(p.Message, " (and 1 more problem)"), "and 1 more problem"}, lines)
}

// TestMarshalJSONInvalidUTF8: an answer naming a file whose name is not
// UTF-8 is still written, with U+FFFD for each invalid byte, and the
// document in it judged.
func TestMarshalJSONInvalidUTF8(t *testing.T) {
	data, err := os.ReadFile("../plan/testdata/fife-2023-2026.json")
	require.NoError(t, err)
	ans, err := judge.Judge(judge.Request{Documents: []judge.Input{{File: "plan-\xfe.json", Data: data}}, Context: judgement.New(period.MustParseDate("2026-05-01"))})
	require.NoError(t, err)
	require.Nil(t, ans.Results[0].Error)
	b, err := judge.MarshalJSON(ans)
	require.NoError(t, err)
	require.Contains(t, string(b), "\"file\": \"plan-\ufffd.json\"")
}
