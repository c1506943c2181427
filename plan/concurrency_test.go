package plan

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// allFields compares every field, exported or not: two results are the
// same only if they are the same in every part.
var allFields = cmp.Exporter(func(reflect.Type) bool { return true })

// sharedContexts returns a context that sets only the as-of date and one
// that sets every field, with an s.7(5) order, section 60 of the 2026 Act
// commenced, a Ministers' direction, a prison service in every council
// area, the partnership's own policy and a relief: each is one value that
// every goroutine of TestConcurrentUse shares.
func sharedContexts() map[string]judgement.Context {
	var prisons []judgement.PrisonService
	for _, c := range service.Councils() {
		prisons = append(prisons, judgement.PrisonService{Council: c})
	}
	return map[string]judgement.Context{
		"as-of only": judgement.New(asOf),
		"every field": {
			AsOf:             period.MustParseDate("2026-11-26"),
			Act2026Section60: period.MustParseDate("2027-04-01"),
			RegisterChanges: []service.RegisterChange{{Action: service.ActionAdd, Effective: period.MustParseDate("2025-01-01"),
				Entry: service.OtherServiceProvider{ID: "example-youth-justice-body", Name: "An example youth justice body"}}},
			Directions: []judgement.Direction{{ID: "example-direction", Made: period.MustParseDate("2025-06-01"),
				Persons: []string{"Scottish Youth Parliament"}}},
			PrisonServices: prisons,
			Policy:         judgement.Policy{CopyDays: 14, MinAdvanceNoticeDays: 7, MinWindowDays: 21},
			Reliefs: []judgement.Relief{{Duty: "s10-publish-plan", PlanPeriod: period.MustParsePlanPeriod("2020-2023"),
				Until: period.MustParseDate("2020-12-31"), Citation: part3.Legislation("Coronavirus (Scotland) Act 2020", "")}},
		},
	}
}

// judged is everything the package says about one plan with one context.
type judged struct {
	Plan     Plan
	Findings part3.Findings
	Review   Review
}

// judgeAll decodes data and judges and reviews the plan with ctx.
func judgeAll(file string, data []byte, ctx judgement.Context) (judged, error) {
	p, err := Decode(file, data)
	if err != nil {
		return judged{}, err
	}
	return judgePlan(p, ctx)
}

// judgePlan judges and reviews p with ctx.
func judgePlan(p Plan, ctx judgement.Context) (judged, error) {
	fs, err := p.Judge(ctx)
	if err != nil {
		return judged{}, err
	}
	r, err := p.Review(ctx)
	if err != nil {
		return judged{}, err
	}
	return judged{Plan: p, Findings: fs, Review: r}, nil
}

// TestConcurrentUse decodes, validates and reviews every sample plan from
// 16 goroutines at once, three rounds each, with judgement contexts they
// all share, and checks that every answer is the one a sequential run
// gives, and that neither the shared contexts nor the decoded plans were
// changed.
// Run it with -race.
func TestConcurrentUse(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	data := make([][]byte, len(files))
	for i, f := range files {
		data[i], err = os.ReadFile(f)
		require.NoError(t, err)
	}
	options := sharedContexts()
	names := []string{"as-of only", "every field"}
	// An equal value built apart, so that a change to what the shared
	// contexts hold would show.
	before := sharedContexts()

	// The sequential answers.
	want := map[string]judged{}
	for i, f := range files {
		for _, n := range names {
			j, err := judgeAll(f, data[i], options[n])
			require.NoError(t, err)
			want[f+" "+n] = j
		}
	}
	// The same plan value, shared too: validation must not change it.
	shared := map[string]Plan{}
	for i, f := range files {
		p, err := Decode(f, data[i])
		require.NoError(t, err)
		shared[f] = p
	}

	const goroutines, rounds = 16, 3
	var mu sync.Mutex
	var diffs []string
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for r := range rounds {
				for k := range files {
					i := (k + g + r) % len(files) // each goroutine in its own order
					for _, n := range names {
						f := files[i]
						got, err := judgeAll(f, data[i], options[n])
						p := shared[f]
						fromShared, sharedErr := judgePlan(p, options[n])
						w := want[f+" "+n]
						// reflect.DeepEqual is the quick test; cmp.Diff says
						// what differs.
						if err != nil || sharedErr != nil || !reflect.DeepEqual(w, got) || !reflect.DeepEqual(w, fromShared) {
							d := cmp.Diff(w, got, allFields) + cmp.Diff(w, fromShared, allFields)
							mu.Lock()
							diffs = append(diffs, fmt.Sprintf("%s with the %s context (goroutine %d, round %d): err %v, %v (-sequential +concurrent):\n%s", f, n, g, r, err, sharedErr, d))
							mu.Unlock()
						}
					}
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
	for _, f := range files {
		if d := cmp.Diff(want[f+" as-of only"].Plan, shared[f], allFields); d != "" {
			t.Errorf("the shared plan %s changed (-decoded +after use):\n%s", f, d)
		}
	}
}
