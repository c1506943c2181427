package period

import (
	"cmp"
	"fmt"
	"time"
)

// Date is a civil calendar date: a year, month and day, with no time of day
// and no time zone. Part 3's dates (a plan's period, a report's publication)
// are days in Scotland, and Date is how the module holds them.
//
// Date is a small comparable value; == compares dates, and a Date can be a
// map key. Its fields are unexported, so every Date is either the zero Date
// or a real day of the proleptic Gregorian calendar from 0001-01-01 to
// 9999-12-31.
//
// The zero Date means "unset": IsZero reports it, it is not valid, it prints
// as "" and it sorts before every real date.
type Date struct {
	year  uint16
	month uint8
	day   uint8
}

// DateError reports text or numbers that are not a calendar date.
type DateError struct {
	Input  string // the text given, or the numbers formatted as "Y-M-D"
	Reason string // what is wrong, and what was expected
}

// Error describes the error on one line.
func (e *DateError) Error() string {
	return fmt.Sprintf("date %q: %s", e.Input, e.Reason)
}

// NewDate returns the date year-month-day, or a *DateError if that day does
// not exist (2023-02-30, 2026-13-01) or the year is outside 1 to 9999.
func NewDate(year int, month time.Month, day int) (Date, error) {
	if reason := checkDate(year, int(month), day); reason != "" {
		return Date{}, &DateError{Input: fmt.Sprintf("%04d-%02d-%02d", year, int(month), day), Reason: reason}
	}
	return Date{uint16(year), uint8(month), uint8(day)}, nil
}

func checkDate(y, m, d int) string {
	switch {
	case y < 1 || y > 9999:
		return "year must be from 0001 to 9999"
	case m < 1 || m > 12:
		return "month must be from 01 to 12"
	case d < 1 || d > daysIn(y, time.Month(m)):
		return fmt.Sprintf("day must be from 01 to %02d in %s %d", daysIn(y, time.Month(m)), time.Month(m), y)
	}
	return ""
}

// MustDate is NewDate for tests and examples: it panics on an impossible date.
func MustDate(year int, month time.Month, day int) Date {
	d, err := NewDate(year, month, day)
	if err != nil {
		panic(err)
	}
	return d
}

// ParseDate parses an ISO 8601 calendar date in the extended form
// YYYY-MM-DD, such as "2026-04-01". Any other form, and any day that does
// not exist, is a *DateError that says what was expected. It does not
// allocate unless it fails.
func ParseDate(s string) (Date, error) {
	d, reason := parseDate(s)
	if reason != "" {
		return Date{}, &DateError{Input: s, Reason: reason}
	}
	return d, nil
}

// parseDate parses s as ParseDate does, and returns why it is not a date,
// or "".
func parseDate[T ~string | ~[]byte](s T) (Date, string) {
	const form = "expected an ISO 8601 date YYYY-MM-DD, such as 2026-04-01"
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, form
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, form
	}
	if reason := checkDate(y, m, d); reason != "" {
		return Date{}, reason
	}
	return Date{uint16(y), uint8(m), uint8(d)}, ""
}

func digits[T ~string | ~[]byte](s T) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// MustParseDate is ParseDate for tests and examples: it panics on bad input.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// DateOf returns the date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	if y < 1 || y > 9999 {
		return Date{}
	}
	return Date{uint16(y), uint8(m), uint8(d)}
}

// InScotland returns the date in Scotland at the instant t: Greenwich Mean
// Time in winter and British Summer Time (one hour ahead) from 01:00 UTC on
// the last Sunday of March to 01:00 UTC on the last Sunday of October, the
// rule in force throughout the life of Part 3. It needs no time-zone
// database.
func InScotland(t time.Time) Date {
	u := t.UTC()
	if isBST(u) {
		u = u.Add(time.Hour)
	}
	return DateOf(u)
}

// isBST reports whether British Summer Time is in force at the UTC instant u.
func isBST(u time.Time) bool {
	y := u.Year()
	start := time.Date(y, time.March, lastSunday(y, time.March), 1, 0, 0, 0, time.UTC)
	end := time.Date(y, time.October, lastSunday(y, time.October), 1, 0, 0, 0, time.UTC)
	return !u.Before(start) && u.Before(end)
}

func lastSunday(y int, m time.Month) int {
	last := daysIn(y, m)
	wd := time.Date(y, m, last, 0, 0, 0, 0, time.UTC).Weekday()
	return last - int(wd)
}

// Year returns the year of d; 0 for the zero Date.
func (d Date) Year() int { return int(d.year) }

// Month returns the month of d; 0 for the zero Date.
func (d Date) Month() time.Month { return time.Month(d.month) }

// Day returns the day of the month of d; 0 for the zero Date.
func (d Date) Day() int { return int(d.day) }

// Equal reports whether d and e are the same day; it is d == e, and lets
// go-cmp compare values that hold dates.
func (d Date) Equal(e Date) bool { return d == e }

// IsZero reports whether d is the zero (unset) Date.
func (d Date) IsZero() bool { return d == Date{} }

// IsValid reports whether d is a real day. Every Date except the zero Date is.
func (d Date) IsValid() bool { return d.year != 0 }

// Weekday returns the day of the week of d. The zero Date has none and
// reports Sunday; check IsZero first.
func (d Date) Weekday() time.Weekday {
	if d.IsZero() {
		return time.Sunday
	}
	// 0001-01-01 was a Monday.
	return time.Weekday((d.days()%7 + 1) % 7)
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e. The zero
// Date is before every real date.
func (d Date) Compare(e Date) int {
	return cmp.Compare(d.packed(), e.packed())
}

func (d Date) packed() uint32 {
	return uint32(d.year)<<9 | uint32(d.month)<<5 | uint32(d.day)
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.packed() < e.packed() }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.packed() > e.packed() }

// days returns the number of days from 0001-01-01 to d (0 for 0001-01-01).
// It is meaningful only for a valid date.
func (d Date) days() int {
	// Days from civil, after Howard Hinnant, shifted to start at year 1.
	y := int(d.year)
	m := int(d.month)
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + int(d.day) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 306
}

// fromDays is the inverse of days; it returns the zero Date outside years
// 1 to 9999.
func fromDays(n int) Date {
	n += 306
	era := n / 146097
	if n < 0 {
		return Date{}
	}
	doe := n - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	if y < 1 || y > 9999 {
		return Date{}
	}
	return Date{uint16(y), uint8(m), uint8(day)}
}

// AddDays returns d plus n days (n may be negative). The zero Date stays
// zero, and a result outside years 1 to 9999 is the zero Date.
func (d Date) AddDays(n int) Date {
	if d.IsZero() || n > 4_000_000 || n < -4_000_000 {
		return Date{}
	}
	return fromDays(d.days() + n)
}

// AddMonths returns d plus n calendar months (n may be negative). A day that
// the target month lacks clamps to its last day: 31 January plus one month
// is 28 or 29 February. The zero Date stays zero, and a result outside years
// 1 to 9999 is the zero Date.
func (d Date) AddMonths(n int) Date {
	if d.IsZero() || n > 200_000 || n < -200_000 {
		return Date{}
	}
	total := int(d.year)*12 + int(d.month) - 1 + n
	y, m := total/12, time.Month(total%12+1)
	if total < 0 || y < 1 || y > 9999 {
		return Date{}
	}
	day := min(int(d.day), daysIn(y, m))
	return Date{uint16(y), uint8(m), uint8(day)}
}

// AddYears returns d plus n years, clamping 29 February to 28 February in a
// common year. The zero Date stays zero, and a result outside years 1 to
// 9999 is the zero Date.
func (d Date) AddYears(n int) Date {
	if n > 20_000 || n < -20_000 {
		return Date{}
	}
	return d.AddMonths(12 * n)
}

// DaysUntil returns the number of days from d to e: positive when e is after
// d. It is 0 if either is the zero Date.
func (d Date) DaysUntil(e Date) int {
	if d.IsZero() || e.IsZero() {
		return 0
	}
	return e.days() - d.days()
}

// String returns d as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	var b [10]byte
	return string(d.appendTo(b[:0]))
}

func (d Date) appendTo(b []byte) []byte {
	y, m, dd := int(d.year), int(d.month), int(d.day)
	return append(b,
		byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-',
		byte('0'+dd/10), byte('0'+dd%10))
}

// AppendText implements [encoding.TextAppender]; the zero Date appends
// nothing.
func (d Date) AppendText(b []byte) ([]byte, error) {
	if d.IsZero() {
		return b, nil
	}
	return d.appendTo(b), nil
}

// MarshalText implements [encoding.TextMarshaler]: YYYY-MM-DD, or the empty
// string for the zero Date.
func (d Date) MarshalText() ([]byte, error) { return d.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseDate]. The
// empty string gives the zero Date, so that an unset date round-trips.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	v, reason := parseDate(text)
	if reason != "" {
		return &DateError{Input: string(text), Reason: reason}
	}
	*d = v
	return nil
}

// Time returns midnight at the start of d in loc. The zero Date gives the
// zero time.Time.
func (d Date) Time(loc *time.Location) time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	return time.Date(int(d.year), time.Month(d.month), int(d.day), 0, 0, 0, 0, loc)
}

// MinDate returns the earlier of its arguments, ignoring zero Dates; it is
// the zero Date only when all are.
func MinDate(ds ...Date) Date {
	var out Date
	for _, d := range ds {
		if !d.IsZero() && (out.IsZero() || d.Before(out)) {
			out = d
		}
	}
	return out
}

// MaxDate returns the latest of its arguments; zero Dates sort first.
func MaxDate(ds ...Date) Date {
	var out Date
	for _, d := range ds {
		if d.After(out) {
			out = d
		}
	}
	return out
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if isLeap(y) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}
