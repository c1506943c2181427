package report

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/plan"
)

// allFields compares every field, exported or not: two results are the
// same only if they are the same in every part.
var allFields = cmp.Exporter(func(reflect.Type) bool { return true })

// planOf names the sample plan of ../plan/testdata each sample report is
// on.
func planOf(report string) string {
	switch {
	case strings.HasPrefix(report, "tayside-"):
		return "tayside-2023-2026.json"
	case strings.HasPrefix(report, "highland-"):
		return "highland-2017-2020.json"
	case strings.HasPrefix(report, "fife-2024-2025"):
		return "fife-2023-2026-revision-1.json"
	}
	return "fife-2023-2026.json"
}

// sharedContexts returns a context that sets only the as-of date and one
// that sets every field a report is judged with, with section 60 of the
// 2026 Act commenced on s60, an order prescribing an outcome, the
// partnership's own policy and a relief: each is one value that every
// goroutine of TestConcurrentUse shares.
func sharedContexts(s60 period.Date) map[string]judgement.Context {
	return map[string]judgement.Context{
		"as-of only": judgement.New(asOf),
		"every field": {
			AsOf:             period.MustParseDate("2027-11-26"),
			Act2026Section60: s60,
			PrescribedOutcomes: []judgement.PrescribedOutcome{{ID: "example-outcome", Outcome: "An outcome an order might prescribe",
				Order: part3.Legislation("SSI 2027/100", ""), From: period.MustParseReportingPeriod("2023-2024")}},
			Policy: judgement.Policy{ReportDays: 120},
			Reliefs: []judgement.Relief{{Duty: "s13-annual-report", ReportingPeriod: period.MustParseReportingPeriod("2019-2020"),
				Until: period.MustParseDate("2021-03-31"), Citation: part3.Legislation("Coronavirus (Scotland) Act 2020", "")}},
		},
	}
}

// reportJudged is everything the package says about one report with one
// context.
type reportJudged struct {
	Report      Report
	Alone       Result
	AgainstPlan Result
}

// judgeSample decodes a report and judges it on its own and against p.
func judgeSample(file string, data []byte, p plan.Plan, ctx judgement.Context) (reportJudged, error) {
	r, err := Decode(file, data)
	if err != nil {
		return reportJudged{}, err
	}
	alone, err := r.Judge(ctx)
	if err != nil {
		return reportJudged{}, err
	}
	against, err := r.JudgeAgainstPlan(p, ctx)
	if err != nil {
		return reportJudged{}, err
	}
	return reportJudged{Report: r, Alone: alone, AgainstPlan: against}, nil
}

// TestConcurrentUse decodes and validates every sample report, on its own
// and against its plan, and builds the national overview of the sample
// plans, from 16 goroutines at once, three rounds each, with judgement
// contexts and plans they all share; every answer must be the one a
// sequential run gives, and the shared values must be unchanged. Run it
// with -race.
func TestConcurrentUse(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	data := make([][]byte, len(files))
	plans := map[string]plan.Plan{}
	for i, f := range files {
		data[i], err = os.ReadFile(f)
		require.NoError(t, err)
		name := planOf(filepath.Base(f))
		if _, ok := plans[name]; !ok {
			plans[name] = loadPlan(t, name)
		}
	}
	// Section 60 of the 2026 Act in force from the day the duty to publish
	// the 2026-2027 report arises, so that the board must publish it too.
	// It cannot be in force before the Act was enacted on 15 May 2026, so it
	// can no longer reach the 2023-2024 reports, as a commencement on 1
	// April 2024 did; the context that sets every field judges as of 26
	// November 2027, when the 2026-2027 report has been published.
	s60 := period.MustParseDate("2027-04-01")
	options := sharedContexts(s60)
	names := []string{"as-of only", "every field"}
	// An equal value built apart, so that a change to what the shared
	// contexts hold would show.
	before := sharedContexts(s60)
	planCtx := judgement.Context{AsOf: period.MustParseDate("2026-11-26"), Act2026Section60: s60}
	planNames := make([]string, 0, len(plans))
	for name := range plans {
		planNames = append(planNames, name)
	}
	overview := func() (Overview, error) {
		results := make([]PlanResult, len(planNames))
		for i, name := range planNames {
			var err error
			if results[i], err = Assess(plans[name], planCtx); err != nil {
				return Overview{}, err
			}
		}
		return NewOverview(results), nil
	}

	// The sequential answers.
	want := map[string]reportJudged{}
	for i, f := range files {
		for _, n := range names {
			j, err := judgeSample(f, data[i], plans[planOf(filepath.Base(f))], options[n])
			require.NoError(t, err)
			want[f+" "+n] = j
		}
	}
	wantOverview, err := overview()
	require.NoError(t, err)
	plansBefore := map[string]plan.Plan{}
	for name := range plans {
		plansBefore[name] = loadPlan(t, name) // decoded apart, shares nothing
	}

	const goroutines, rounds = 16, 3
	var mu sync.Mutex
	var diffs []string
	report := func(format string, args ...any) {
		mu.Lock()
		diffs = append(diffs, fmt.Sprintf(format, args...))
		mu.Unlock()
	}
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for r := range rounds {
				for k := range files {
					i := (k + g + r) % len(files) // each goroutine in its own order
					f := files[i]
					for _, n := range names {
						got, err := judgeSample(f, data[i], plans[planOf(filepath.Base(f))], options[n])
						// reflect.DeepEqual is the quick test; cmp.Diff says
						// what differs.
						if w := want[f+" "+n]; err != nil || !reflect.DeepEqual(w, got) {
							report("%s with the %s context (goroutine %d, round %d): err %v (-sequential +concurrent):\n%s", f, n, g, r, err, cmp.Diff(w, got, allFields))
						}
					}
				}
				if got, err := overview(); err != nil || !reflect.DeepEqual(wantOverview, got) {
					report("the overview (goroutine %d, round %d): err %v (-sequential +concurrent):\n%s", g, r, err, cmp.Diff(wantOverview, got, allFields))
				}
			}
		})
	}
	wg.Wait()
	for _, d := range diffs {
		t.Error(d)
	}
	for _, n := range names {
		if d := cmp.Diff(before[n], options[n], allFields); d != "" {
			t.Errorf("the shared %s context changed (-before +after):\n%s", n, d)
		}
	}
	for name := range plans {
		if d := cmp.Diff(plansBefore[name], plans[name], allFields); d != "" {
			t.Errorf("the shared plan %s changed (-before +after):\n%s", name, d)
		}
	}
}
