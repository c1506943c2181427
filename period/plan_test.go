package period

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// eq lets cmp compare the package's values, whose fields are unexported.
var eq = cmp.Options{
	cmp.Comparer(func(a, b Date) bool { return a == b }),
	cmp.Comparer(func(a, b PlanPeriod) bool { return a == b }),
	cmp.Comparer(func(a, b ReportingPeriod) bool { return a == b }),
}

// TestPart3InForceAndFirstPeriod: Part 3 came into force on 7 October
// 2016, before the first three-year period began on 1 April 2017; the two
// are different days, and only the second starts the periods.
func TestPart3InForceAndFirstPeriod(t *testing.T) {
	require.Equal(t, MustDate(2016, time.October, 7), Part3InForce())
	require.Equal(t, MustDate(2017, time.April, 1), FirstPeriodStart())
	require.True(t, Part3InForce().Before(FirstPeriodStart()))
	require.Equal(t, "SSI 2016/254", Part3InForceCitation().String())
	require.Equal(t, "SSI 2016/255", FirstPeriodCitation().String())
	first, _ := PlanPeriodByIndex(1)
	require.Equal(t, FirstPeriodStart(), first.Start())
	for _, d := range []Date{Part3InForce(), MustDate(2017, time.March, 31)} {
		_, err := PlanPeriodOf(d)
		require.ErrorIs(t, err, ErrBeforeFirstPeriod, "Part 3 in force on %s, but no plan period yet", d)
	}
}

func TestPeriodOf(t *testing.T) {
	tests := []struct {
		name      string
		date      Date
		plan      string // "" when the date has no period
		index     int
		reporting string
		number    int   // the reporting period's place in its plan period
		wantErr   error // the category of the error, when plan is ""
	}{
		{name: "zero Date", date: Date{}},
		{name: "long before", date: MustDate(1, time.January, 1), wantErr: ErrBeforeFirstPeriod},
		{name: "day before the first period", date: MustDate(2017, time.March, 31), wantErr: ErrBeforeFirstPeriod},
		{name: "first period start", date: MustDate(2017, time.April, 1), plan: "2017-2020", index: 1, reporting: "2017-2018", number: 1},
		{name: "end of first reporting period", date: MustDate(2018, time.March, 31), plan: "2017-2020", index: 1, reporting: "2017-2018", number: 1},
		{name: "29 February 2020", date: MustDate(2020, time.February, 29), plan: "2017-2020", index: 1, reporting: "2019-2020", number: 3},
		{name: "31 March 2020", date: MustDate(2020, time.March, 31), plan: "2017-2020", index: 1, reporting: "2019-2020", number: 3},
		{name: "1 April 2020", date: MustDate(2020, time.April, 1), plan: "2020-2023", index: 2, reporting: "2020-2021", number: 1},
		{name: "31 March 2023", date: MustDate(2023, time.March, 31), plan: "2020-2023", index: 2, reporting: "2022-2023", number: 3},
		{name: "1 April 2023", date: MustDate(2023, time.April, 1), plan: "2023-2026", index: 3, reporting: "2023-2024", number: 1},
		{name: "29 February 2024", date: MustDate(2024, time.February, 29), plan: "2023-2026", index: 3, reporting: "2023-2024", number: 1},
		{name: "31 March 2026", date: MustDate(2026, time.March, 31), plan: "2023-2026", index: 3, reporting: "2025-2026", number: 3},
		{name: "1 April 2026", date: MustDate(2026, time.April, 1), plan: "2026-2029", index: 4, reporting: "2026-2027", number: 1},
		{name: "26 November 2026", date: MustDate(2026, time.November, 26), plan: "2026-2029", index: 4, reporting: "2026-2027", number: 1},
		{name: "29 February 2028", date: MustDate(2028, time.February, 29), plan: "2026-2029", index: 4, reporting: "2027-2028", number: 2},
		{name: "31 March 2029", date: MustDate(2029, time.March, 31), plan: "2026-2029", index: 4, reporting: "2028-2029", number: 3},
		{name: "1 April 2029", date: MustDate(2029, time.April, 1), plan: "2029-2032", index: 5, reporting: "2029-2030", number: 1},
		{name: "31 March 2032", date: MustDate(2032, time.March, 31), plan: "2029-2032", index: 5, reporting: "2031-2032", number: 3},
		{name: "1 April 2032", date: MustDate(2032, time.April, 1), plan: "2032-2035", index: 6, reporting: "2032-2033", number: 1},
		{name: "31 December 2099", date: MustDate(2099, time.December, 31), plan: "2098-2101", index: 28, reporting: "2099-2100", number: 2},
		{name: "last day represented", date: MustDate(9997, time.March, 31), plan: "9994-9997", index: 2660, reporting: "9996-9997", number: 3},
		{name: "after the last period", date: MustDate(9997, time.April, 1), wantErr: ErrAfterLastPeriod},
		{name: "year 9999", date: MustDate(9999, time.December, 31), wantErr: ErrAfterLastPeriod},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, perr := PlanPeriodOf(tt.date)
			r, rerr := ReportingPeriodOf(tt.date)
			if tt.plan == "" {
				for _, err := range []error{perr, rerr} {
					var npe *NoPeriodError
					require.ErrorAs(t, err, &npe)
					if npe.Date != tt.date {
						t.Errorf("NoPeriodError.Date = %v, want %v", npe.Date, tt.date)
					}
					if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
						t.Errorf("errors.Is(%v, %v) = false", err, tt.wantErr)
					}
					if tt.wantErr == nil && (errors.Is(err, ErrBeforeFirstPeriod) || errors.Is(err, ErrAfterLastPeriod)) {
						t.Errorf("the zero Date's error %v matches a category", err)
					}
				}
				if !p.IsZero() || !r.IsZero() {
					t.Errorf("a failed look-up returns zero periods, got %v and %v", p, r)
				}
				return
			}
			require.NoError(t, perr)
			require.NoError(t, rerr)
			got := []any{p.String(), p.Index(), r.String(), r.NumberInPlan(), r.PlanPeriod() == p, p.Contains(tt.date), r.Contains(tt.date)}
			want := []any{tt.plan, tt.index, tt.reporting, tt.number, true, true, true}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("look-up of %v (-want +got):\n%s", tt.date, diff)
			}
			if tt.date.Before(p.Start()) || tt.date.After(p.End()) || tt.date.Before(r.Start()) || tt.date.After(r.End()) {
				t.Errorf("%v is outside %v (%v to %v) or %v (%v to %v)", tt.date, p, p.Start(), p.End(), r, r.Start(), r.End())
			}
		})
	}
}

func TestErrorMessages(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want string
	}{
		{name: "before the first period", err: lookupErr(MustDate(2017, time.March, 31)),
			want: "2017-03-31 has no plan period: before the first three-year period began on 1 April 2017 (s.8(1), SSI 2016/255)"},
		{name: "zero Date", err: lookupErr(Date{}), want: "no date given (the zero Date): it has no plan period"},
		{name: "after last", err: lookupErr(MustDate(9999, time.January, 1)),
			want: "9999-01-01 has no plan period: after 31 March 9997, the end of the last period this package represents"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.err.Error()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func lookupErr(d Date) error {
	_, err := PlanPeriodOf(d)
	return err
}

func TestPlanPeriodFields(t *testing.T) {
	p := MustParsePlanPeriod("2026-2029")
	got := []any{p.Index(), p.StartYear(), p.EndYear(), p.Start(), p.End(), p.Prev().String(), p.Next().String(),
		p.ReportingPeriods(), p.IsValid(), p.IsZero(), p.GuidanceApplies()}
	want := []any{4, 2026, 2029, MustDate(2026, time.April, 1), MustDate(2029, time.March, 31), "2023-2026", "2029-2032",
		[3]ReportingPeriod{MustParseReportingPeriod("2026-2027"), MustParseReportingPeriod("2027-2028"), MustParseReportingPeriod("2028-2029")},
		true, false, true}
	if diff := cmp.Diff(want, got, eq); diff != "" {
		t.Errorf("2026-2029 (-want +got):\n%s", diff)
	}
}

func TestPlanPeriodEnds(t *testing.T) {
	first, ok := PlanPeriodByIndex(1)
	require.True(t, ok)
	last, ok := PlanPeriodByIndex(2660)
	require.True(t, ok)
	var zero PlanPeriod
	got := []any{
		first.String(), first.Prev().IsZero(), first.GuidanceApplies(),
		last.String(), last.Next().IsZero(),
		zero.IsZero(), zero.IsValid(), zero.String(), zero.Index(), zero.StartYear(), zero.EndYear(),
		zero.Start().IsZero(), zero.End().IsZero(), zero.Next().IsZero(), zero.Prev().IsZero(),
		zero.Contains(FirstPeriodStart()), zero.GuidanceApplies(), zero.Compare(first), first.Compare(zero), first.Compare(first),
	}
	want := []any{
		"2017-2020", true, false,
		"9994-9997", true,
		true, false, "", 0, 0, 0,
		true, true, true, true,
		false, false, -1, 1, 0,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if zero.ReportingPeriods() != [3]ReportingPeriod{} {
		t.Errorf("the zero PlanPeriod has reporting periods %v", zero.ReportingPeriods())
	}
}

func TestPlanPeriodByIndexAndStart(t *testing.T) {
	tests := []struct {
		name   string
		index  int
		year   int
		want   string
		wantOK bool
	}{
		{name: "first", index: 1, year: 2017, want: "2017-2020", wantOK: true},
		{name: "second", index: 2, year: 2020, want: "2020-2023", wantOK: true},
		{name: "fourth", index: 4, year: 2026, want: "2026-2029", wantOK: true},
		{name: "last", index: 2660, year: 9994, want: "9994-9997", wantOK: true},
		{name: "zero", index: 0, year: 2014},
		{name: "negative", index: -1, year: -1},
		{name: "past the last", index: 2661, year: 9997},
		{name: "no period starts in 2025", index: -5, year: 2025},
		{name: "no period starts in 2016", index: -5, year: 2016},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.index >= 0 {
				p, ok := PlanPeriodByIndex(tt.index)
				if ok != tt.wantOK || p.String() != tt.want || (ok && p.Index() != tt.index) {
					t.Errorf("PlanPeriodByIndex(%d) = %v, %v", tt.index, p, ok)
				}
			}
			p, ok := PlanPeriodStarting(tt.year)
			if ok != tt.wantOK || p.String() != tt.want || (ok && p.StartYear() != tt.year) {
				t.Errorf("PlanPeriodStarting(%d) = %v, %v", tt.year, p, ok)
			}
		})
	}
}

// TestEveryPeriod walks every period represented and checks that they are
// consecutive, that look-up by each first and last day finds them, and that
// their names round-trip.
func TestEveryPeriod(t *testing.T) {
	var prevEnd Date
	n := 0
	for p := range PlanPeriodsBetween(MustDate(1, time.January, 1), MustDate(9999, time.December, 31)) {
		n++
		if p.Index() != n {
			t.Fatalf("period %d has index %d", n, p.Index())
		}
		if !prevEnd.IsZero() && prevEnd.AddDays(1) != p.Start() {
			t.Fatalf("%v does not start the day after %v", p, prevEnd)
		}
		prevEnd = p.End()
		for _, d := range []Date{p.Start(), p.End()} {
			if q, err := PlanPeriodOf(d); err != nil || q != p {
				t.Fatalf("PlanPeriodOf(%v) = %v, %v; want %v", d, q, err, p)
			}
		}
		if q, err := ParsePlanPeriod(p.String()); err != nil || q != p {
			t.Fatalf("ParsePlanPeriod(%q) = %v, %v", p.String(), q, err)
		}
		if q, ok := PlanPeriodStarting(p.StartYear()); !ok || q != p {
			t.Fatalf("PlanPeriodStarting(%d) = %v", p.StartYear(), q)
		}
		for i, r := range p.ReportingPeriods() {
			if r.PlanPeriod() != p || r.NumberInPlan() != i+1 || !r.IsValid() {
				t.Fatalf("%v's reporting period %d is %v in %v", p, i+1, r, r.PlanPeriod())
			}
			if q, err := ParseReportingPeriod(r.String()); err != nil || q != r {
				t.Fatalf("ParseReportingPeriod(%q) = %v, %v", r.String(), q, err)
			}
		}
	}
	if n != 2660 || prevEnd != lastDay {
		t.Errorf("%d periods ending %v; want 2660 ending %v", n, prevEnd, lastDay)
	}
}

func TestPeriodsBetween(t *testing.T) {
	tests := []struct {
		name      string
		from, to  Date
		plans     []string
		reporting []string
	}{
		{name: "one day", from: MustParseDate("2026-11-26"), to: MustParseDate("2026-11-26"),
			plans: []string{"2026-2029"}, reporting: []string{"2026-2027"}},
		{name: "across a boundary", from: MustParseDate("2020-03-31"), to: MustParseDate("2020-04-01"),
			plans: []string{"2017-2020", "2020-2023"}, reporting: []string{"2019-2020", "2020-2021"}},
		{name: "clipped at the first period start", from: MustParseDate("2014-01-01"), to: MustParseDate("2019-06-30"),
			plans: []string{"2017-2020"}, reporting: []string{"2017-2018", "2018-2019", "2019-2020"}},
		{name: "wholly before the first period", from: MustParseDate("2014-01-01"), to: MustParseDate("2017-03-31")},
		{name: "clipped at the end", from: MustParseDate("9996-01-01"), to: MustParseDate("9999-12-31"),
			plans: []string{"9994-9997"}, reporting: []string{"9995-9996", "9996-9997"}},
		{name: "wholly after the end", from: MustParseDate("9997-04-01"), to: MustParseDate("9999-12-31")},
		{name: "backwards", from: MustParseDate("2026-04-01"), to: MustParseDate("2025-04-01")},
		{name: "zero from", to: MustParseDate("2025-04-01")},
		{name: "zero to", from: MustParseDate("2025-04-01")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var plans, reporting []string
			for p := range PlanPeriodsBetween(tt.from, tt.to) {
				plans = append(plans, p.String())
			}
			for r := range ReportingPeriodsBetween(tt.from, tt.to) {
				reporting = append(reporting, r.String())
			}
			if diff := cmp.Diff(tt.plans, plans); diff != "" {
				t.Errorf("PlanPeriodsBetween (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.reporting, reporting); diff != "" {
				t.Errorf("ReportingPeriodsBetween (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPeriodsBetweenStopsEarly(t *testing.T) {
	from, to := MustParseDate("2017-04-01"), MustParseDate("2035-01-01")
	var plans []PlanPeriod
	for p := range PlanPeriodsBetween(from, to) {
		plans = append(plans, p)
		if len(plans) == 2 {
			break
		}
	}
	var reporting []ReportingPeriod
	for r := range ReportingPeriodsBetween(from, to) {
		reporting = append(reporting, r)
		if len(reporting) == 2 {
			break
		}
	}
	if len(plans) != 2 || len(reporting) != 2 {
		t.Errorf("stopping early: %v %v", plans, reporting)
	}
}

func TestReportingPeriodFields(t *testing.T) {
	r := MustParseReportingPeriod("2027-2028")
	got := []any{r.StartYear(), r.Start(), r.End(), r.Prev().String(), r.Next().String(), r.PlanPeriod().String(),
		r.NumberInPlan(), r.IsValid(), r.IsZero()}
	want := []any{2027, MustDate(2027, time.April, 1), MustDate(2028, time.March, 31), "2026-2027", "2028-2029", "2026-2029",
		2, true, false}
	if diff := cmp.Diff(want, got, eq); diff != "" {
		t.Errorf("2027-2028 (-want +got):\n%s", diff)
	}
}

func TestReportingPeriodEnds(t *testing.T) {
	first, ok := ReportingPeriodStarting(2017)
	require.True(t, ok)
	last, ok := ReportingPeriodStarting(9996)
	require.True(t, ok)
	_, beforeOK := ReportingPeriodStarting(2016)
	_, afterOK := ReportingPeriodStarting(9997)
	var zero ReportingPeriod
	got := []any{
		first.String(), first.Prev().IsZero(), last.String(), last.Next().IsZero(), beforeOK, afterOK,
		zero.IsZero(), zero.IsValid(), zero.String(), zero.StartYear(), zero.Start().IsZero(), zero.End().IsZero(),
		zero.Next().IsZero(), zero.Prev().IsZero(), zero.PlanPeriod().IsZero(), zero.NumberInPlan(), zero.Contains(FirstPeriodStart()),
		zero.Compare(first), first.Compare(zero), first.Compare(first),
	}
	want := []any{
		"2017-2018", true, "9996-9997", true, false, false,
		true, false, "", 0, true, true,
		true, true, true, 0, false,
		-1, 1, 0,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestPeriodsSortAndMapKeys(t *testing.T) {
	ps := []PlanPeriod{MustParsePlanPeriod("2026-2029"), {}, MustParsePlanPeriod("2017-2020")}
	slices.SortFunc(ps, PlanPeriod.Compare)
	rs := []ReportingPeriod{MustParseReportingPeriod("2026-2027"), {}, MustParseReportingPeriod("2017-2018")}
	slices.SortFunc(rs, ReportingPeriod.Compare)
	got := []string{ps[0].String(), ps[1].String(), ps[2].String(), rs[0].String(), rs[1].String(), rs[2].String()}
	if diff := cmp.Diff([]string{"", "2017-2020", "2026-2029", "", "2017-2018", "2026-2027"}, got); diff != "" {
		t.Errorf("sorted (-want +got):\n%s", diff)
	}
	seen := map[PlanPeriod]bool{MustParsePlanPeriod("2026-29"): true}
	if !seen[MustParsePlanPeriod("2026 to 2029")] {
		t.Error("the same period parsed from two forms is not the same map key")
	}
}
