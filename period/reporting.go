package period

import "iter"

// ReportingPeriod is a one-year period of section 13(1): as soon as
// practicable after each one ends, the local authority and its relevant
// health board must publish a report on it. It runs from 1 April to 31 March
// (guidance para 124); the first is 2017-2018, and each three-year plan
// period has three. Its text form is "2026-2027".
//
// ReportingPeriod is a small comparable value; == compares periods, and a
// ReportingPeriod can be a map key. The zero ReportingPeriod means "unset":
// it is not valid, prints as "" and sorts before every real period. The
// periods represented run to 9996-9997, the last of the last plan period
// represented.
type ReportingPeriod struct {
	start uint16 // the year it starts; 0 for the zero ReportingPeriod
}

// ReportingPeriodOf returns the one-year period that contains d. A date
// before 1 April 2017, after the last period represented, or the zero Date
// is a *NoPeriodError (errors.Is(err, ErrBeforeFirstPeriod) for the first).
// It does not allocate unless it fails.
func ReportingPeriodOf(d Date) (ReportingPeriod, error) {
	m := monthsSinceFirstPeriod(d)
	if uint(m) >= monthsModelled {
		return ReportingPeriod{}, &NoPeriodError{Date: d, Kind: "reporting period"}
	}
	return ReportingPeriod{uint16(firstYear + m/12)}, nil
}

// ReportingPeriodStarting returns the one-year period that starts on 1 April
// of year. It reports false before 2017 and after the last period
// represented.
func ReportingPeriodStarting(year int) (ReportingPeriod, bool) {
	if year < firstYear || year > lastStartYear+2 {
		return ReportingPeriod{}, false
	}
	return ReportingPeriod{uint16(year)}, true
}

// MustParseReportingPeriod is ParseReportingPeriod for tests and examples: it
// panics on bad input.
func MustParseReportingPeriod(s string) ReportingPeriod {
	r, err := ParseReportingPeriod(s)
	if err != nil {
		panic(err)
	}
	return r
}

// StartYear returns the year in which r starts (2026 for 2026-2027); 0 for
// the zero ReportingPeriod.
func (r ReportingPeriod) StartYear() int { return int(r.start) }

// Start returns r's first day, 1 April; the zero Date for the zero
// ReportingPeriod.
func (r ReportingPeriod) Start() Date {
	if r.start == 0 {
		return Date{}
	}
	return Date{r.start, 4, 1}
}

// End returns r's last day, 31 March of the next year (the period includes
// it); the zero Date for the zero ReportingPeriod.
func (r ReportingPeriod) End() Date {
	if r.start == 0 {
		return Date{}
	}
	return Date{r.start + 1, 3, 31}
}

// Contains reports whether d falls in r, first and last days included. The
// zero ReportingPeriod contains no date, and no period contains the zero
// Date.
func (r ReportingPeriod) Contains(d Date) bool {
	q, err := ReportingPeriodOf(d)
	return err == nil && q == r
}

// Next returns the period after r; the zero ReportingPeriod after the last
// period represented, and for the zero ReportingPeriod.
func (r ReportingPeriod) Next() ReportingPeriod {
	if r.start == 0 || int(r.start) >= lastStartYear+2 {
		return ReportingPeriod{}
	}
	return ReportingPeriod{r.start + 1}
}

// Prev returns the period before r; the zero ReportingPeriod before
// 2017-2018, and for the zero ReportingPeriod.
func (r ReportingPeriod) Prev() ReportingPeriod {
	if r.start <= firstYear {
		return ReportingPeriod{}
	}
	return ReportingPeriod{r.start - 1}
}

// PlanPeriod returns the three-year period that r belongs to (2026-2029 for
// 2027-2028); the zero PlanPeriod for the zero ReportingPeriod.
func (r ReportingPeriod) PlanPeriod() PlanPeriod {
	if r.start == 0 {
		return PlanPeriod{}
	}
	return PlanPeriod{uint16((int(r.start)-firstYear)/3 + 1)}
}

// NumberInPlan returns 1, 2 or 3 as r is the first, second or third year of
// its plan period; 0 for the zero ReportingPeriod.
func (r ReportingPeriod) NumberInPlan() int {
	if r.start == 0 {
		return 0
	}
	return (int(r.start)-firstYear)%3 + 1
}

// Equal reports whether r and s are the same period; it is r == s, and
// lets go-cmp compare values that hold periods.
func (r ReportingPeriod) Equal(s ReportingPeriod) bool { return r == s }

// IsZero reports whether r is the zero (unset) ReportingPeriod.
func (r ReportingPeriod) IsZero() bool { return r.start == 0 }

// IsValid reports whether r is a real one-year period. Every
// ReportingPeriod except the zero one is.
func (r ReportingPeriod) IsValid() bool {
	return r.start >= firstYear && int(r.start) <= lastStartYear+2
}

// Compare returns -1, 0 or +1 as r is before, the same as or after q. The
// zero ReportingPeriod is before every real period.
func (r ReportingPeriod) Compare(q ReportingPeriod) int {
	switch {
	case r.start < q.start:
		return -1
	case r.start > q.start:
		return 1
	}
	return 0
}

// String returns r's canonical name, such as "2026-2027", or "" for the zero
// ReportingPeriod.
func (r ReportingPeriod) String() string {
	if r.start == 0 {
		return ""
	}
	var b [9]byte
	return string(appendYears(b[:0], int(r.start), int(r.start)+1))
}

// AppendText implements [encoding.TextAppender]; the zero ReportingPeriod
// appends nothing.
func (r ReportingPeriod) AppendText(b []byte) ([]byte, error) {
	if r.start == 0 {
		return b, nil
	}
	return appendYears(b, int(r.start), int(r.start)+1), nil
}

// MarshalText implements [encoding.TextMarshaler]: "2026-2027", or the
// empty string for the zero ReportingPeriod.
func (r ReportingPeriod) MarshalText() ([]byte, error) { return r.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseReportingPeriod]. The empty string gives the zero ReportingPeriod,
// so that an unset period round-trips.
func (r *ReportingPeriod) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*r = ReportingPeriod{}
		return nil
	}
	v, err := ParseReportingPeriod(string(text))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// ReportingPeriodsBetween yields, in order, every one-year period that
// contains a day from from to to (both included): the periods a partnership
// owes annual reports for over that time. Days before 1 April 2017 or after
// the last period represented are passed over; it yields nothing if to is
// before from, or either is the zero Date.
func ReportingPeriodsBetween(from, to Date) iter.Seq[ReportingPeriod] {
	return func(yield func(ReportingPeriod) bool) {
		first, last, ok := clip(from, to)
		if !ok {
			return
		}
		r, _ := ReportingPeriodOf(first)
		q, _ := ReportingPeriodOf(last)
		for ; r.start != 0 && r.Compare(q) <= 0; r = r.Next() {
			if !yield(r) {
				return
			}
		}
	}
}
