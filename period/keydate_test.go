package period

import (
	"errors"
	"testing"
	"time"

	"github.com/go-json-experiment/json"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
)

// keyDateLines formats key dates as "DATE CITATION", which is what the law
// decides; the names are checked separately.
func keyDateLines(ks []KeyDate) []string {
	var out []string
	for _, k := range ks {
		out = append(out, k.Date.String()+" "+k.Citation.String())
	}
	return out
}

func TestPlanPeriodKeyDates(t *testing.T) {
	tests := []struct {
		name string
		p    PlanPeriod
		want []string
	}{
		{name: "2017-2020: the 2nd edition does not apply", p: MustParsePlanPeriod("2017-2020"), want: []string{
			"2017-03-31 s.8(1)",
			"2018-03-31 s.13(1)",
			"2019-03-31 s.13(1)",
			"2020-03-31 s.13(1)",
		}},
		{name: "2020-2023", p: MustParsePlanPeriod("2020-2023"), want: []string{
			"2020-03-31 s.8(1)",
			"2020-04-01 guidance para 6",
			"2020-10-31 guidance para 6",
			"2021-03-31 s.13(1)",
			"2021-06-30 guidance para 129",
			"2022-03-31 s.13(1)",
			"2022-06-30 guidance para 129",
			"2023-03-31 s.13(1)",
			"2023-06-30 guidance para 129",
		}},
		{name: "2026-2029", p: MustParsePlanPeriod("2026-2029"), want: []string{
			"2026-03-31 s.8(1)",
			"2026-04-01 guidance para 6",
			"2026-10-31 guidance para 6",
			"2027-03-31 s.13(1)",
			"2027-06-30 guidance para 129",
			"2028-03-31 s.13(1)",
			"2028-06-30 guidance para 129",
			"2029-03-31 s.13(1)",
			"2029-06-30 guidance para 129",
		}},
		{name: "zero", p: PlanPeriod{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, keyDateLines(tt.p.KeyDates())); diff != "" {
				t.Errorf("KeyDates (-want +got):\n%s", diff)
			}
		})
	}
}

func TestKeyDateNames(t *testing.T) {
	p := MustParsePlanPeriod("2026-2029")
	r := MustParseReportingPeriod("2026-2027")
	opens, closes := p.ReviewWindow()
	got := []string{p.PreparationDeadline().String(), opens.String(), closes.String(), r.ReportDue().String(), r.ReportTarget().String()}
	want := []string{
		"2026-03-31 last day to finalise the 2026-2029 children's services plan (before the period starts on 2026-04-01, guidance para 101; the periods run from 1 April 2017, SSI 2016/255) (s.8(1))",
		"2026-04-01 Scottish Government review of the 2026-2029 plans opens (April to October of the year of submission) (guidance para 6)",
		"2026-10-31 Scottish Government review of the 2026-2029 plans closes (guidance para 6)",
		"2027-03-31 2026-2027 reporting period ends: the annual report is due as soon as practicable after it (s.13(1))",
		"2027-06-30 guidance target for publishing the 2026-2027 annual report (end of June) (guidance para 129)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	fromGuidance := []bool{p.PreparationDeadline().FromGuidance(), opens.FromGuidance(), r.ReportDue().FromGuidance(), r.ReportTarget().FromGuidance()}
	if diff := cmp.Diff([]bool{false, true, false, true}, fromGuidance); diff != "" {
		t.Errorf("FromGuidance (-want +got):\n%s", diff)
	}
}

func TestReviewWindowIn(t *testing.T) {
	p := MustParsePlanPeriod("2020-2023")
	opens, closes := p.ReviewWindowIn(2021)
	if diff := cmp.Diff([]string{"2021-04-01 guidance para 6", "2021-10-31 guidance para 6"}, keyDateLines([]KeyDate{opens, closes})); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	for _, tt := range []struct {
		p    PlanPeriod
		year int
	}{{PlanPeriod{}, 2026}, {p, 0}, {p, 10000}} {
		opens, closes := tt.p.ReviewWindowIn(tt.year)
		if !opens.IsZero() || !closes.IsZero() {
			t.Errorf("ReviewWindowIn(%d) of %q = %v, %v; want zero", tt.year, tt.p, opens, closes)
		}
	}
}

func TestZeroKeyDates(t *testing.T) {
	var p PlanPeriod
	var r ReportingPeriod
	opens, closes := p.ReviewWindow()
	for _, k := range []KeyDate{p.PreparationDeadline(), opens, closes, r.ReportDue(), r.ReportTarget()} {
		if !k.IsZero() {
			t.Errorf("zero period gives key date %v", k)
		}
	}
	if r.KeyDates() != nil || p.KeyDates() != nil {
		t.Error("zero periods have key dates")
	}
}

func TestReportingPeriodKeyDates(t *testing.T) {
	tests := []struct {
		name string
		r    string
		want []string
	}{
		{name: "first year: 2nd edition does not apply", r: "2017-2018", want: []string{"2018-03-31 s.13(1)"}},
		{name: "last of 2017-2020", r: "2019-2020", want: []string{"2020-03-31 s.13(1)"}},
		{name: "first of 2020-2023", r: "2020-2021", want: []string{"2021-03-31 s.13(1)", "2021-06-30 guidance para 129"}},
		{name: "leap year end", r: "2027-2028", want: []string{"2028-03-31 s.13(1)", "2028-06-30 guidance para 129"}},
		{name: "last", r: "9996-9997", want: []string{"9997-03-31 s.13(1)", "9997-06-30 guidance para 129"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, keyDateLines(MustParseReportingPeriod(tt.r).KeyDates())); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestKeyDatesFor(t *testing.T) {
	tests := []struct {
		name    string
		date    string
		want    []string
		wantErr error
	}{
		{name: "26 November 2026", date: "2026-11-26", want: []string{
			"2026-03-31 s.8(1)",
			"2026-04-01 guidance para 6",
			"2026-10-31 guidance para 6",
			"2027-03-31 s.13(1)",
			"2027-06-30 guidance para 129",
			"2029-03-31 s.8(1)",
		}},
		{name: "1 April 2026: last year's report is due", date: "2026-04-01", want: []string{
			"2026-03-31 s.8(1)",
			"2026-03-31 s.13(1)",
			"2026-04-01 guidance para 6",
			"2026-06-30 guidance para 129",
			"2026-10-31 guidance para 6",
			"2027-03-31 s.13(1)",
			"2027-06-30 guidance para 129",
			"2029-03-31 s.8(1)",
		}},
		{name: "30 June 2027: the target day", date: "2027-06-30", want: []string{
			"2026-03-31 s.8(1)",
			"2026-04-01 guidance para 6",
			"2026-10-31 guidance para 6",
			"2027-03-31 s.13(1)",
			"2027-06-30 guidance para 129",
			"2028-03-31 s.13(1)",
			"2028-06-30 guidance para 129",
			"2029-03-31 s.8(1)",
		}},
		{name: "1 July 2027: the target has passed", date: "2027-07-01", want: []string{
			"2026-03-31 s.8(1)",
			"2026-04-01 guidance para 6",
			"2026-10-31 guidance para 6",
			"2028-03-31 s.13(1)",
			"2028-06-30 guidance para 129",
			"2029-03-31 s.8(1)",
		}},
		{name: "first period start: no earlier report", date: "2017-04-01", want: []string{
			"2017-03-31 s.8(1)",
			"2018-03-31 s.13(1)",
			"2020-03-31 s.8(1)",
		}},
		{name: "1 May 2020: report on 2019-2020 belongs to 2017-2020", date: "2020-05-01", want: []string{
			"2020-03-31 s.8(1)",
			"2020-03-31 s.13(1)",
			"2020-04-01 guidance para 6",
			"2020-10-31 guidance para 6",
			"2021-03-31 s.13(1)",
			"2021-06-30 guidance para 129",
			"2023-03-31 s.8(1)",
		}},
		{name: "last period: no next plan", date: "9996-06-01", want: []string{
			"9994-03-31 s.8(1)",
			"9994-04-01 guidance para 6",
			"9994-10-31 guidance para 6",
			"9996-03-31 s.13(1)",
			"9996-06-30 guidance para 129",
			"9997-03-31 s.13(1)",
			"9997-06-30 guidance para 129",
		}},
		{name: "before the first period", date: "2017-03-31", wantErr: ErrBeforeFirstPeriod},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := KeyDatesFor(MustParseDate(tt.date))
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) || got != nil {
					t.Errorf("KeyDatesFor(%s) = %v, %v; want %v", tt.date, got, err, tt.wantErr)
				}
				return
			}
			require.NoError(t, err)
			if diff := cmp.Diff(tt.want, keyDateLines(got)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	if _, err := KeyDatesFor(Date{}); err == nil {
		t.Error("KeyDatesFor(zero Date) succeeded")
	}
}

func TestKeyDateJSON(t *testing.T) {
	k := MustParseReportingPeriod("2026-2027").ReportTarget()
	b, err := json.Marshal(k)
	require.NoError(t, err)
	want := `{"name":"guidance target for publishing the 2026-2027 annual report (end of June)","date":"2027-06-30","citation":"guidance para 129","url":"` + part3.GuidanceURL + `pages/8/"}`
	if diff := cmp.Diff(want, string(b)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	var back KeyDate
	require.NoError(t, json.Unmarshal(b, &back))
	if back != k {
		t.Errorf("round trip: %v, want %v", back, k)
	}
}

func FuzzPeriodOf(f *testing.F) {
	f.Add(2017, 4, 1)
	f.Add(2017, 3, 31)
	f.Add(2020, 2, 29)
	f.Add(2026, 11, 26)
	f.Add(9997, 3, 31)
	f.Add(9999, 12, 31)
	f.Add(0, 0, 0)
	f.Fuzz(func(t *testing.T, y, m, d int) {
		date, err := NewDate(y, time.Month(m), d)
		if err != nil {
			// Most triples are not a date: read y as days from the first period's start
			// instead, which reaches every day and, out of range, the zero Date.
			date = FirstPeriodStart().AddDays(y % 4_000_000)
		}
		p, perr := PlanPeriodOf(date)
		r, rerr := ReportingPeriodOf(date)
		inRange := !date.IsZero() && !date.Before(FirstPeriodStart()) && !date.After(lastDay)
		if (perr == nil) != inRange || (rerr == nil) != inRange {
			t.Fatalf("%v: plan %v, %v; reporting %v, %v", date, p, perr, r, rerr)
		}
		if !inRange {
			var npe *NoPeriodError
			if !errors.As(perr, &npe) || !errors.As(rerr, &npe) || !p.IsZero() || !r.IsZero() {
				t.Fatalf("%v: errors %v, %v", date, perr, rerr)
			}
			if _, err := KeyDatesFor(date); err == nil {
				t.Fatalf("KeyDatesFor(%v) succeeded", date)
			}
			return
		}
		if date.Before(p.Start()) || date.After(p.End()) || date.Before(r.Start()) || date.After(r.End()) ||
			r.PlanPeriod() != p || !p.Contains(date) || !r.Contains(date) {
			t.Fatalf("%v: plan %v (%v to %v), reporting %v (%v to %v) in %v", date, p, p.Start(), p.End(), r, r.Start(), r.End(), r.PlanPeriod())
		}
		if days := p.Start().DaysUntil(p.End()) + 1; p.Start().Year() != 2017+3*(p.Index()-1) || days < 3*365 || days > 3*365+1 {
			t.Fatalf("%v: index %d, %v to %v", p, p.Index(), p.Start(), p.End())
		}
		ks, err := KeyDatesFor(date)
		if err != nil || len(ks) == 0 {
			t.Fatalf("KeyDatesFor(%v) = %v, %v", date, ks, err)
		}
		for i, k := range ks {
			if !k.Date.IsValid() || !k.Citation.IsValid() || k.Name == "" || (i > 0 && k.Date.Before(ks[i-1].Date)) {
				t.Fatalf("KeyDatesFor(%v)[%d] = %v", date, i, k)
			}
			if k.FromGuidance() && !p.GuidanceApplies() && !r.Prev().PlanPeriod().GuidanceApplies() {
				t.Fatalf("KeyDatesFor(%v) gives the guidance's %v for 2017-2020", date, k)
			}
		}
	})
}

var (
	benchDate = MustDate(2026, time.November, 26)
	sinkPlan  PlanPeriod
	sinkRep   ReportingPeriod
)

func BenchmarkPlanPeriodOf(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		p, err := PlanPeriodOf(benchDate)
		if err != nil {
			b.Fatal(err)
		}
		sinkPlan = p
	}
}

func BenchmarkReportingPeriodOf(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		r, err := ReportingPeriodOf(benchDate)
		if err != nil {
			b.Fatal(err)
		}
		sinkRep = r
	}
}

func TestFirstPreparationDeadline(t *testing.T) {
	k := MustParsePlanPeriod("2017-2020").PreparationDeadline()
	want := "2017-03-31 last day to finalise the 2017-2020 children's services plan (to be in place by 1 April 2017, SSI 2016/255) (s.8(1))"
	if diff := cmp.Diff(want, k.String()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestDaysWithoutWords: the days of the preparation deadline and the
// report target, for callers that need no name, are the days of the key
// dates, and the zero periods have none.
func TestDaysWithoutWords(t *testing.T) {
	for _, tt := range []struct{ plan, prepare string }{
		{"2017-2020", "2017-03-31"},
		{"2026-2029", "2026-03-31"},
	} {
		pp := MustParsePlanPeriod(tt.plan)
		if got := pp.LastDayToPrepare(); got.String() != tt.prepare || got != pp.PreparationDeadline().Date {
			t.Errorf("%s: LastDayToPrepare %s, want %s", pp, got, tt.prepare)
		}
	}
	rp := MustParseReportingPeriod("2023-2024")
	if got := rp.ReportTargetDay(); got.String() != "2024-06-30" || got != rp.ReportTarget().Date {
		t.Errorf("ReportTargetDay %s, want 2024-06-30", got)
	}
	if (PlanPeriod{}).LastDayToPrepare().IsValid() || (ReportingPeriod{}).ReportTargetDay().IsValid() {
		t.Error("the zero periods have days")
	}
	// Every period's day agrees with its key date.
	for i := 1; ; i++ {
		pp, ok := PlanPeriodByIndex(i)
		if !ok {
			break
		}
		if pp.LastDayToPrepare() != pp.PreparationDeadline().Date {
			t.Fatalf("%v: %v, want %v", pp, pp.LastDayToPrepare(), pp.PreparationDeadline().Date)
		}
	}
}
