package plan

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/internal/testjson"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// samples are the realistic sample plans of testdata/.
var samples = []string{
	"fife-2023-2026.json",
	"fife-2023-2026-revision-1.json",
	"fife-2023-2026-revision-reused-record.json",
	"tayside-2023-2026.json",
	"highland-2017-2020.json",
	"highland-2021-2023.json",
	"breaches-2023-2026.json",
}

// load decodes testdata/name, which must be a valid plan.
func load(t testing.TB, name string) Plan {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	p, err := Decode(name, data)
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
// every date in the testdata (the last is 2029-03-31, when the 2026-2029
// period ends), so that what a document does not record as done is taken
// not to have been done, and each duty that follows preparation is owed.
var asOf = period.MustParseDate("2030-04-01")

// Options are what a test sets in the judgement context, so that a table
// row names only what it changes. The zero Options judges as of asOf under
// the law as it stands, with the module's default policy, no direction, no
// prison service in the area and no relief.
type Options struct {
	// AsOf is the day judged as of; zero means asOf.
	AsOf period.Date
	// Section60 is the commencement of section 60 of the 2026 Act; zero
	// means not commenced.
	Section60 period.Date
	// RegisterChanges are s.7(5) orders changing the list of other service
	// providers, in the order they are made.
	RegisterChanges []service.RegisterChange
	// Directions are the Scottish Ministers' directions under
	// s.10(1)(b)(iii).
	Directions []judgement.Direction
	// PrisonServices are the Prisons (Scotland) Act 1989 services the
	// Scottish Ministers provide in a council area.
	PrisonServices []judgement.PrisonService
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
		AsOf:             o.AsOf,
		Act2026Section60: o.Section60,
		RegisterChanges:  o.RegisterChanges,
		Directions:       o.Directions,
		PrisonServices:   o.PrisonServices,
		Policy:           o.Policy,
		Reliefs:          o.Reliefs,
		Facts:            o.Facts,
	}
	if c.AsOf.IsZero() {
		c.AsOf = asOf
	}
	return c
}

// findings judges p with the context o describes, which must be valid.
func findings(t testing.TB, p Plan, o Options) part3.Findings {
	t.Helper()
	fs, err := p.Judge(o.ctx())
	require.NoError(t, err)
	return fs
}

// reviewed reviews p with the context o describes, which must be valid.
func reviewed(t testing.TB, p Plan, o Options) Review {
	t.Helper()
	r, err := p.Review(o.ctx())
	require.NoError(t, err)
	return r
}

// The cases that need section 60 of the 2026 Act in force before a plan
// was prepared judge a plan of testdata moved on to a later period: the
// section cannot be in force before the Act was enacted on 15 May 2026,
// after the 2026-2029 plans of testdata were prepared. Moved on by later
// years, the base plan is Dundee City's plan for 2029-2032, prepared on 20
// March 2029, and section60 is in force from 1 January 2029, as before it
// was in force from 1 January 2026, before the 2026-2029 plan was
// prepared.
const later = 3

// section60 is the commencement of section 60 of the 2026 Act the cases
// on moved plans assume.
var section60 = period.MustParseDate("2029-01-01")

// shifted decodes testdata/name moved years later: every date in it, and
// every range of years in its strings (the period, the title), moved on by
// years, which must be a multiple of three for the period to stay one of
// s.8(1). The same plan, for a later period.
func shifted(t testing.TB, name string, years int) Plan {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	p, err := Decode(name, shiftYears(t, data, years))
	require.NoError(t, err, name)
	return p
}

var (
	wholeDate  = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	yearsRange = regexp.MustCompile(`\b((?:19|20)\d\d)-((?:19|20)\d\d)\b`)
)

// shiftYears moves every date of the JSON document data, and every range
// of years ("2026-2029") in its strings, on by years.
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

// requireNoAsOf checks that err is the refusal of a context without an
// as-of date.
func requireNoAsOf(t testing.TB, err error) {
	t.Helper()
	testjson.CheckInputError(t, err, testjson.WantInputError{Category: part3.ErrMissing, Path: "/as_of"})
}
