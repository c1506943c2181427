package duty

import (
	"encoding/json"
	"fmt"
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

// allFields compares every field, exported or not.
var allFields = cmp.Exporter(func(reflect.Type) bool { return true })

// calendarOptions returns Options that set every field, under section 60
// of the 2026 Act commenced on 1 April 2027, with an s.7(5) order and a
// relief.
func calendarOptions() Options {
	return Options{
		Section60: period.MustParseDate("2027-04-01"),
		RegisterChanges: []service.RegisterChange{{Action: service.ActionAdd, Effective: period.MustParseDate("2027-01-01"),
			Entry: service.OtherServiceProvider{ID: "skills-development-scotland", Name: "Skills Development Scotland"}}},
		Policy: judgement.Policy{CopyDays: 21, ReportDays: 150},
		Reliefs: []judgement.Relief{{Duty: "s13-annual-report", ReportingPeriod: period.MustParseReportingPeriod("2019-2020"),
			Until: period.MustParseDate("2021-03-31"), Citation: part3.Legislation("Coronavirus (Scotland) Act 2020", "")}},
	}
}

// TestCalendarOwnsItsValues checks that a caller who changes what one
// calendar holds changes no other calendar: the module caches the joint
// planners' names, and a calendar must not hand out the cache itself.
func TestCalendarOwnsItsValues(t *testing.T) {
	h := readHistory(t, "history-fife.json")
	asOf := period.MustParseDate("2027-11-26")
	opts := calendarOptions()
	first := calendarOf(t, h, asOf.String(), opts)
	want, err := json.Marshal(first)
	require.NoError(t, err)
	changed := calendarOf(t, h, asOf.String(), opts)
	for i := range changed.Obligations {
		o := &changed.Obligations[i]
		for k := range o.OwedBy {
			o.OwedBy[k] = "changed by the caller"
		}
		for k := range o.Recipients {
			o.Recipients[k] = Recipient{}
		}
		for k := range o.Limits {
			o.Limits[k] = Limit{}
		}
	}
	for k := range changed.JointPlanners {
		changed.JointPlanners[k] = service.Body{}
	}
	for name, c := range map[string]Calendar{"a calendar built before": first, "a calendar built after": calendarOf(t, h, asOf.String(), opts)} {
		got, err := json.Marshal(c)
		require.NoError(t, err)
		if d := cmp.Diff(string(want), string(got)); d != "" {
			t.Errorf("changing one calendar changed %s (-before +after):\n%s", name, d)
		}
	}
}

// TestConcurrentCalendars builds the calendar of every council, and Fife's
// with its planning history, from 16 goroutines at once with one shared
// judgement context, and checks each against a sequential run. Run it with
// -race.
func TestConcurrentCalendars(t *testing.T) {
	fife := readHistory(t, "history-fife.json")
	asOf := period.MustParseDate("2026-11-26")
	ctx := calendarOptions().ctx(asOf)
	type input struct {
		council service.Council
		history History
	}
	var inputs []input
	for _, c := range service.Councils() {
		inputs = append(inputs, input{council: c})
	}
	inputs = append(inputs, input{council: fife.Council, history: fife})
	want := make([]Calendar, len(inputs))
	for i, in := range inputs {
		var err error
		want[i], err = NewCalendar(in.council, in.history, ctx)
		require.NoError(t, err)
	}

	const goroutines, rounds = 16, 3
	var mu sync.Mutex
	var diffs []string
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for r := range rounds {
				for k := range inputs {
					i := (k + g + r) % len(inputs)
					got, err := NewCalendar(inputs[i].council, inputs[i].history, ctx)
					if err == nil && reflect.DeepEqual(want[i], got) && reflect.DeepEqual(want[i].Findings(), got.Findings()) {
						continue
					}
					mu.Lock()
					diffs = append(diffs, fmt.Sprintf("%s (goroutine %d, round %d): err %v (-sequential +concurrent):\n%s",
						inputs[i].council.Name(), g, r, err, cmp.Diff(want[i], got, allFields)))
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
	for _, d := range diffs {
		t.Error(d)
	}
	if d := cmp.Diff(calendarOptions().ctx(asOf), ctx, allFields); d != "" {
		t.Errorf("the shared context changed (-before +after):\n%s", d)
	}
}

// TestCatalogueOwnsItsValues checks that a caller who changes the entries
// Catalogue and Lookup return changes no other caller's catalogue.
func TestCatalogueOwnsItsValues(t *testing.T) {
	want, err := json.Marshal(Catalogue())
	require.NoError(t, err)
	for _, d := range Catalogue() {
		for k := range d.Bearers {
			d.Bearers[k] = Bearer{Limit: "changed by the caller"}
		}
		for k := range d.Exceptions {
			d.Exceptions[k] = Exception{Text: "changed by the caller"}
		}
		for k := range d.Sources {
			d.Sources[k] = part3.Citation{}
		}
		for k := range d.Notes {
			d.Notes[k] = "changed by the caller"
		}
		looked, ok := Lookup(d.ID)
		require.True(t, ok)
		for k := range looked.Bearers {
			looked.Bearers[k] = Bearer{Limit: "changed by the caller"}
		}
	}
	got, err := json.Marshal(Catalogue())
	require.NoError(t, err)
	if d := cmp.Diff(string(want), string(got)); d != "" {
		t.Errorf("changing what Catalogue and Lookup returned changed the catalogue (-before +after):\n%s", d)
	}
}
