package period

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/go-json-experiment/json"
	"github.com/stretchr/testify/require"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    Date
		wantErr string // substring of the error
	}{
		{in: "2026-04-01", want: MustDate(2026, time.April, 1)},
		{in: "2017-04-01", want: MustDate(2017, time.April, 1)},
		{in: "2020-02-29", want: MustDate(2020, time.February, 29)},
		{in: "2024-02-29", want: MustDate(2024, time.February, 29)},
		{in: "2000-02-29", want: MustDate(2000, time.February, 29)},
		{in: "0001-01-01", want: MustDate(1, time.January, 1)},
		{in: "9999-12-31", want: MustDate(9999, time.December, 31)},
		{in: "2023-02-29", wantErr: "day must be from 01 to 28"},
		{in: "1900-02-29", wantErr: "day must be from 01 to 28"},
		{in: "2023-02-30", wantErr: "day must be from 01 to 28"},
		{in: "2026-04-31", wantErr: "day must be from 01 to 30"},
		{in: "2026-13-01", wantErr: "month must be from 01 to 12"},
		{in: "2026-00-10", wantErr: "month must be from 01 to 12"},
		{in: "2026-01-00", wantErr: "day must be from 01 to 31"},
		{in: "0000-01-01", wantErr: "year must be from 0001 to 9999"},
		{in: "", wantErr: "expected an ISO 8601 date"},
		{in: "2026-4-1", wantErr: "expected an ISO 8601 date"},
		{in: "01/04/2026", wantErr: "expected an ISO 8601 date"},
		{in: "2026-04-01T00:00:00Z", wantErr: "expected an ISO 8601 date"},
		{in: "20260401", wantErr: "expected an ISO 8601 date"},
		{in: "2026-0a-01", wantErr: "expected an ISO 8601 date"},
		{in: "+026-04-01", wantErr: "expected an ISO 8601 date"},
		{in: "2026-04-01 ", wantErr: "expected an ISO 8601 date"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if tt.wantErr != "" {
				var de *DateError
				if !errors.As(err, &de) || de.Input != tt.in || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("ParseDate(%q) = %v, %v; want a *DateError containing %q", tt.in, got, err, tt.wantErr)
				}
				if !got.IsZero() {
					t.Errorf("a failed parse returns the zero Date, got %v", got)
				}
				return
			}
			require.NoError(t, err)
			if got != tt.want || got.String() != tt.in {
				t.Errorf("ParseDate(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestNewDate(t *testing.T) {
	_, err := NewDate(2023, time.February, 30)
	var de *DateError
	if !errors.As(err, &de) || de.Input != "2023-02-30" {
		t.Errorf("NewDate(2023, 2, 30) = %v", err)
	}
	d, err := NewDate(2028, time.February, 29)
	require.NoError(t, err)
	if d.Year() != 2028 || d.Month() != time.February || d.Day() != 29 {
		t.Errorf("accessors: %d %v %d", d.Year(), d.Month(), d.Day())
	}
}

func TestZeroDate(t *testing.T) {
	var z Date
	if !z.IsZero() || z.IsValid() || z.String() != "" {
		t.Errorf("zero Date: IsZero %v IsValid %v String %q", z.IsZero(), z.IsValid(), z.String())
	}
	if !z.Before(MustDate(1, time.January, 1)) {
		t.Error("the zero Date sorts before every real date")
	}
	if !z.AddDays(1).IsZero() || !z.AddMonths(1).IsZero() || !z.AddYears(1).IsZero() {
		t.Error("arithmetic on the zero Date stays zero")
	}
	if z.DaysUntil(MustDate(2026, 1, 1)) != 0 {
		t.Error("DaysUntil with a zero Date is 0")
	}
	if !z.Time(time.UTC).IsZero() {
		t.Error("the zero Date has the zero time")
	}
	b, err := z.MarshalText()
	require.NoError(t, err)
	if len(b) != 0 {
		t.Errorf("zero Date marshals to %q", b)
	}
}

func TestDateArithmetic(t *testing.T) {
	d := MustParseDate
	tests := []struct {
		name string
		got  Date
		want Date
	}{
		{"add a day across a month", d("2026-03-31").AddDays(1), d("2026-04-01")},
		{"add a day into leap day", d("2028-02-28").AddDays(1), d("2028-02-29")},
		{"subtract days across a year", d("2017-01-01").AddDays(-1), d("2016-12-31")},
		{"add 365 days in a leap year", d("2020-01-01").AddDays(365), d("2020-12-31")},
		{"add a thousand days", d("2017-04-01").AddDays(1000), d("2019-12-27")},
		{"month clamps to February", d("2026-01-31").AddMonths(1), d("2026-02-28")},
		{"month clamps to leap February", d("2028-01-31").AddMonths(1), d("2028-02-29")},
		{"month clamps to 30 days", d("2026-03-31").AddMonths(1), d("2026-04-30")},
		{"months back across a year", d("2026-01-15").AddMonths(-2), d("2025-11-15")},
		{"three months after 31 March", d("2026-03-31").AddMonths(3), d("2026-06-30")},
		{"leap day plus a year", d("2024-02-29").AddYears(1), d("2025-02-28")},
		{"leap day plus four years", d("2024-02-29").AddYears(4), d("2028-02-29")},
		{"three years", d("2017-04-01").AddYears(3), d("2020-04-01")},
		{"past 9999 is zero", d("9999-12-31").AddDays(1), Date{}},
		{"before year 1 is zero", d("0001-01-01").AddDays(-1), Date{}},
		{"months past 9999 is zero", d("9999-12-31").AddMonths(1), Date{}},
		{"months before year 1 is zero", d("0001-01-31").AddMonths(-1), Date{}},
		{"huge day count is zero", d("2026-01-01").AddDays(1 << 40), Date{}},
		{"huge month count is zero", d("2026-01-01").AddMonths(-(1 << 40)), Date{}},
		{"huge year count is zero", d("2026-01-01").AddYears(1 << 40), Date{}},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	if n := d("2017-04-01").DaysUntil(d("2020-04-01")); n != 1096 {
		t.Errorf("days in the first plan period = %d, want 1096", n)
	}
	if n := d("2026-04-01").DaysUntil(d("2026-03-31")); n != -1 {
		t.Errorf("DaysUntil backwards = %d", n)
	}
}

func TestDaysRoundTrip(t *testing.T) {
	// Every day from 2016 to 2031 converts to a day count and back, and
	// consecutive days differ by one.
	prev := MustParseDate("2015-12-31")
	for dd := MustParseDate("2016-01-01"); dd.Year() < 2032; dd = dd.AddDays(1) {
		if got := fromDays(dd.days()); got != dd {
			t.Fatalf("fromDays(days(%v)) = %v", dd, got)
		}
		if dd.days()-prev.days() != 1 || !prev.Before(dd) || prev.Compare(dd) != -1 || dd.Compare(prev) != 1 {
			t.Fatalf("%v does not follow %v", dd, prev)
		}
		tm := dd.Time(time.UTC)
		if tm.Weekday() != dd.Weekday() || DateOf(tm) != dd {
			t.Fatalf("%v: weekday %v, time weekday %v", dd, dd.Weekday(), tm.Weekday())
		}
		prev = dd
	}
	if MustParseDate("0001-01-01").Weekday() != time.Monday {
		t.Error("1 January of year 1 was a Monday")
	}
}

func TestInScotland(t *testing.T) {
	tests := []struct {
		utc  string
		want string
	}{
		{"2026-01-15T23:30:00Z", "2026-01-15"},      // GMT
		{"2026-07-15T23:30:00Z", "2026-07-16"},      // BST: 00:30 next day
		{"2026-03-29T00:59:59Z", "2026-03-29"},      // last Sunday of March, before the change
		{"2026-03-28T23:30:00Z", "2026-03-28"},      // GMT still
		{"2026-10-24T23:30:00Z", "2026-10-25"},      // BST until 01:00 UTC on 25 October
		{"2026-10-25T23:30:00Z", "2026-10-25"},      // GMT again
		{"2026-03-31T23:00:00Z", "2026-04-01"},      // midnight BST starts a new plan year
		{"2026-03-31T22:59:59Z", "2026-03-31"},      // still 31 March in Scotland
		{"2026-04-01T00:30:00+02:00", "2026-03-31"}, // 22:30 UTC = 23:30 BST
		{"2017-03-31T23:30:00Z", "2017-04-01"},      // BST from 26 March 2017
	}
	for _, tt := range tests {
		tm, err := time.Parse(time.RFC3339, tt.utc)
		require.NoError(t, err)
		if got := InScotland(tm).String(); got != tt.want {
			t.Errorf("InScotland(%s) = %s, want %s", tt.utc, got, tt.want)
		}
	}
}

func TestDateJSON(t *testing.T) {
	type doc struct {
		D Date `json:"d"`
		E Date `json:"e,omitzero"`
	}
	b, err := json.Marshal(doc{D: MustParseDate("2026-04-01")})
	require.NoError(t, err)
	if string(b) != `{"d":"2026-04-01"}` {
		t.Errorf("marshal = %s", b)
	}
	var got doc
	require.NoError(t, json.Unmarshal([]byte(`{"d":"2026-04-01","e":""}`), &got))
	if got.D != MustParseDate("2026-04-01") || !got.E.IsZero() {
		t.Errorf("unmarshal = %+v", got)
	}
	if err := json.Unmarshal([]byte(`{"d":"2023-02-30"}`), &got); err == nil {
		t.Error("an impossible date must not decode")
	}
	if err := json.Unmarshal([]byte(`{"d":20260401}`), &got); err == nil {
		t.Error("a number is not a date")
	}
}

func TestMinMaxDate(t *testing.T) {
	a, b := MustParseDate("2026-04-01"), MustParseDate("2027-03-31")
	if MinDate(Date{}, b, a) != a || MaxDate(a, Date{}, b) != b || !MinDate().IsZero() || !MaxDate(Date{}).IsZero() {
		t.Error("MinDate/MaxDate")
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-04-01", "2020-02-29", "2023-02-30", "9999-12-31", "0000-00-00", "2026-13-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if !d.IsZero() {
				t.Fatalf("error with non-zero date %v", d)
			}
			return
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, d)
		}
		if again, err := ParseDate(d.String()); err != nil || again != d {
			t.Fatalf("round trip of %q: %v, %v", s, again, err)
		}
		if d.AddDays(1).IsZero() != (s == "9999-12-31") {
			t.Fatalf("%v.AddDays(1) = %v", d, d.AddDays(1))
		}
	})
}

func BenchmarkParseDate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseDate("2026-11-26"); err != nil {
			b.Fatal(err)
		}
	}
}
