package consult_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
	"github.com/stretchr/testify/require"
)

func sortedStrings(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

// jsonFields returns the JSON names of a struct's fields, sorted.
func jsonFields(v any) []string {
	t := reflect.TypeOf(v)
	var out []string
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		out = append(out, name)
	}
	return sortedStrings(out)
}

// asOf is the day the tests judge on unless a test says otherwise: after
// every date in the testdata, so that each record there is done.
var asOf = period.MustParseDate("2030-01-01")

// judged is what the tests judge a record or a notice with: the scope of
// the plan a record prepares, the plan a notice is checked against, and
// the judgement context.
type judged struct {
	consult.Scope
	judgement.Context
	Plan consult.PlanServices
}

// with returns j with its context's as-of date set to the default.
func (j judged) ctx() judgement.Context {
	c := j.Context
	if c.AsOf.IsZero() {
		c.AsOf = asOf
	}
	return c
}

// record judges r.
func (j judged) record(t testing.TB, r consult.Record) part3.Findings {
	t.Helper()
	fs, err := r.Judge(j.Scope, j.ctx())
	require.NoError(t, err)
	return fs
}

// notice judges n, against j.Plan when it is set.
func (j judged) notice(t testing.TB, n consult.NoticeOfDisagreement) consult.NoticeResult {
	t.Helper()
	r, err := n.JudgeAgainstPlan(j.Plan, j.ctx())
	require.NoError(t, err)
	return r
}

// removed is the s.7(5) change removing the register entry id from the
// given day.
func removed(id, from string) service.RegisterChange {
	return service.RegisterChange{Action: service.ActionRemove, Effective: period.MustParseDate(from), Entry: service.OtherServiceProvider{ID: id}}
}

// prisonIn is the statement that the Scottish Ministers provide a Prisons
// (Scotland) Act 1989 service in council area c.
func prisonIn(c service.Council) []judgement.PrisonService {
	return []judgement.PrisonService{{Council: c, Name: "HMP Perth"}}
}
