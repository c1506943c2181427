package report

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/internal/testjson"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/plan"
)

// load decodes testdata/name, which must be a valid annual report.
func load(t testing.TB, name string) Report {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	r, err := Decode(name, data)
	require.NoError(t, err, name)
	return r
}

// loadPlan decodes a plan: "rules/plan.json" and the like from testdata/,
// or a sample plan of package plan by its file name in ../plan/testdata/.
func loadPlan(t testing.TB, name string) plan.Plan {
	t.Helper()
	path := filepath.Join("testdata", name)
	if !strings.Contains(name, "/") {
		path = filepath.Join("..", "plan", "testdata", name)
	}
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	p, err := plan.Decode(name, data)
	require.NoError(t, err, name)
	return p
}

// edit reads testdata/name as generic JSON, applies each change and returns
// the document's bytes. A change is a JSON Pointer and a value; the value
// deleteIt removes the member or array item.
func edit(t testing.TB, name string, changes ...change) []byte {
	t.Helper()
	return testjson.EditFile(t, filepath.Join("testdata", name), changes...)
}

// change is a JSON Pointer and a value: see testjson.Change.
type change testjson.Change

var deleteIt = testjson.Delete

// asOf is the day the tests judge on unless a test says otherwise: after
// every date in the testdata and in the sample plans of package plan (the
// last is 2029-03-31, when the 2026-2029 period ends), so that a report
// not recorded as published is taken not to have been published.
var asOf = period.MustParseDate("2030-04-01")

// Options are what a test sets in the judgement context, so that a table
// row names only what it changes. The zero Options judges as of asOf under
// the law as it stands, with no outcome prescribed, the module's default
// policy and no relief.
type Options struct {
	// AsOf is the day judged as of; zero means asOf.
	AsOf period.Date
	// Section60 is the commencement of section 60 of the 2026 Act; zero
	// means not commenced.
	Section60 period.Date
	// PrescribedOutcomes are outcomes prescribed by order under
	// s.13(1)(b)(ii).
	PrescribedOutcomes []judgement.PrescribedOutcome
	// Policy is the context's policy; the zero Policy is the module's
	// defaults.
	Policy judgement.Policy
	// Reliefs are the reliefs the caller relies on.
	Reliefs []judgement.Relief
	// Facts are the facts the caller states.
	Facts judgement.Facts
}

// ctx returns the judgement context o describes.
func (o Options) ctx() judgement.Context {
	c := judgement.Context{
		AsOf:               o.AsOf,
		Act2026Section60:   o.Section60,
		PrescribedOutcomes: o.PrescribedOutcomes,
		Policy:             o.Policy,
		Reliefs:            o.Reliefs,
		Facts:              o.Facts,
	}
	if c.AsOf.IsZero() {
		c.AsOf = asOf
	}
	return c
}

// judgeAlone judges r on its own with the context o describes, which must
// be valid.
func judgeAlone(t testing.TB, r Report, o Options) Result {
	t.Helper()
	res, err := r.Judge(o.ctx())
	require.NoError(t, err)
	return res
}

// judgeAgainst judges r against p with the context o describes, which
// must be valid.
func judgeAgainst(t testing.TB, r Report, p plan.Plan, o Options) Result {
	t.Helper()
	res, err := r.JudgeAgainstPlan(p, o.ctx())
	require.NoError(t, err)
	return res
}

// assess reviews and judges p as of asOf under the law as it stands.
func assess(t testing.TB, p plan.Plan) PlanResult {
	t.Helper()
	res, err := Assess(p, judgement.New(asOf))
	require.NoError(t, err)
	return res
}

var (
	wholeDate  = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	yearsRange = regexp.MustCompile(`\b((?:19|20)\d\d)-((?:19|20)\d\d)\b`)
)

// shiftYears moves every date of the JSON document data, and every range
// of years ("2023-2024", "2023-2026") in its strings, on by years, which
// must be a multiple of three for a plan period to stay one of s.8(1): the
// same document, for a later period.
func shiftYears(t testing.TB, data []byte, years int) []byte {
	t.Helper()
	var doc any
	require.NoError(t, json.Unmarshal(data, &doc))
	var walk func(v any) any
	walk = func(v any) any {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				v[k] = walk(x)
			}
		case []any:
			for i, x := range v {
				v[i] = walk(x)
			}
		case string:
			if wholeDate.MatchString(v) {
				d, err := period.ParseDate(v)
				require.NoError(t, err)
				return d.AddYears(years).String()
			}
			return yearsRange.ReplaceAllStringFunc(v, func(r string) string {
				m := yearsRange.FindStringSubmatch(r)
				from, _ := strconv.Atoi(m[1])
				to, _ := strconv.Atoi(m[2])
				return strconv.Itoa(from+years) + "-" + strconv.Itoa(to+years)
			})
		}
		return v
	}
	out, err := json.Marshal(walk(doc))
	require.NoError(t, err)
	return out
}
