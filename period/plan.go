package period

import (
	"errors"
	"fmt"
	"iter"

	"github.com/csplanning/part3"
)

// FirstPeriodStart returns 1 April 2017, the first day of the first
// three-year period of section 8(1): the date the Children's Services
// Planning (Specified Date) (Scotland) Order 2016 (SSI 2016/255) specified,
// "for the purposes of ... section 8(1)" (its Explanatory Note), as the day
// from which the first three-year period begins. Every later period starts
// on the day after the one before ends. No date before it has a plan
// period or a reporting period.
//
// It is not the day Part 3 came into force: that was earlier
// ([Part3InForce]), and the first plans were prepared, with the duties of
// sections 10 and 14 in force, before this day.
func FirstPeriodStart() Date { return firstPeriodStart }

// Part3InForce returns 7 October 2016, the day Part 3 of the Act (sections
// 7 to 18) came into force. Before it nothing in Part 3 applies; from it
// the local authority and its relevant health board were preparing the
// first plan, for the period that began on 1 April 2017
// ([FirstPeriodStart]), and the duties of preparation (s.10) and
// assistance (s.14) applied.
//
// The date rests on two sources: legislation.gov.uk's point-in-time text
// of section 17, "Valid from 07/10/2016" (and no version valid on 1 April
// 2016); and guidance para 40, that SSI 2016/255, an order under Part 3,
// came into force on 7 October 2016. The commencing instrument is taken to
// be the Children and Young People (Scotland) Act 2014 commencement order
// numbered SSI 2016/254; its text, and so the article that commenced Part
// 3 and whether every section of Part 3 was commenced that day for all
// purposes, have not been confirmed.
func Part3InForce() Date { return part3InForce }

var (
	firstPeriodStart = Date{2017, 4, 1}
	part3InForce     = Date{2016, 10, 7}
)

// Part3InForceCitation returns the citation of the instrument
// [Part3InForce] rests on, "SSI 2016/254": the commencement order taken to
// have brought Part 3 into force. Its article is not confirmed.
func Part3InForceCitation() part3.Citation { return part3.Legislation("SSI 2016/254", "") }

// FirstPeriodCitation returns the citation of the instrument that set
// [FirstPeriodStart], "SSI 2016/255": the Children's Services Planning
// (Specified Date) (Scotland) Order 2016, which specified the date for the
// purposes of section 8(1).
func FirstPeriodCitation() part3.Citation { return part3.Legislation("SSI 2016/255", "") }

// The range of periods this package represents. Periods run consecutively
// for ever in law; a Date ends with year 9999, so the last period modelled
// is the last three-year period that ends within it.
const (
	firstYear      = 2017 // the first plan period and reporting period start on 1 April 2017
	maxPlanIndex   = 2660 // 9994-9997, the last plan period that ends by 9999
	lastStartYear  = firstYear + 3*(maxPlanIndex-1)
	monthsModelled = 36 * maxPlanIndex
)

// lastDay is 31 March 9997, the last day of the last period modelled.
var lastDay = Date{lastStartYear + 3, 3, 31}

var (
	// ErrBeforeFirstPeriod is the category of a date, or a range of years,
	// before 1 April 2017, when the first three-year period of section 8(1)
	// began (SSI 2016/255): an earlier date has no plan or reporting
	// period. It is not a date before Part 3 came into force, which was
	// earlier ([Part3InForce]).
	ErrBeforeFirstPeriod = errors.New("before the first three-year period began on 1 April 2017 (s.8(1), SSI 2016/255)")
	// ErrAfterLastPeriod is the category of a date after 31 March 9997, the
	// end of the last three-year period that a Date can hold.
	ErrAfterLastPeriod = errors.New("after 31 March 9997, the end of the last period this package represents")
)

// NoPeriodError reports a date that falls in no period: before 1 April 2017
// (it matches ErrBeforeFirstPeriod with errors.Is), after the last period
// represented (ErrAfterLastPeriod), or the zero Date (neither).
type NoPeriodError struct {
	Date Date   // the date asked about; the zero Date when none was given
	Kind string // "plan period" or "reporting period"
}

// Error describes the error on one line.
func (e *NoPeriodError) Error() string {
	if e.Date.IsZero() {
		return fmt.Sprintf("no date given (the zero Date): it has no %s", e.Kind)
	}
	return fmt.Sprintf("%s has no %s: %v", e.Date, e.Kind, e.Unwrap())
}

// Unwrap returns ErrBeforeFirstPeriod or ErrAfterLastPeriod, whichever
// explains the error; nil for the zero Date.
func (e *NoPeriodError) Unwrap() error {
	switch {
	case e.Date.IsZero():
		return nil
	case e.Date.Before(firstPeriodStart):
		return ErrBeforeFirstPeriod
	}
	return ErrAfterLastPeriod
}

// PlanPeriod is a three-year period of section 8(1): the local authority and
// its relevant health board must prepare a children's services plan for each
// one. The first runs from 1 April 2017 to 31 March 2020 (s.8(1), SSI
// 2016/255), and
// each next one starts the day after the last ends: 2020-2023, 2023-2026,
// 2026-2029 and so on. Its text form is "2026-2029".
//
// PlanPeriod is a small comparable value; == compares periods, and a
// PlanPeriod can be a map key. The zero PlanPeriod means "unset": it is not
// valid, prints as "" and sorts before every real period. The periods
// represented run to 9994-9997, the last that ends within year 9999.
type PlanPeriod struct {
	index uint16 // 1 for 2017-2020; 0 for the zero PlanPeriod
}

// PlanPeriodOf returns the three-year period that contains d. A date before
// 1 April 2017, after the last period represented, or the zero Date is a
// *NoPeriodError (errors.Is(err, ErrBeforeFirstPeriod) for the first). It
// does not allocate unless it fails.
func PlanPeriodOf(d Date) (PlanPeriod, error) {
	m := monthsSinceFirstPeriod(d)
	if uint(m) >= monthsModelled {
		return PlanPeriod{}, &NoPeriodError{Date: d, Kind: "plan period"}
	}
	return PlanPeriod{uint16(m/36 + 1)}, nil
}

// monthsSinceFirstPeriod counts whole calendar months from April 2017 to
// d's month; negative before it (and for the zero Date).
func monthsSinceFirstPeriod(d Date) int {
	return int(d.year)*12 + int(d.month) - (firstYear*12 + 4)
}

// PlanPeriodByIndex returns the index-th three-year period: 1 is 2017-2020,
// 2 is 2020-2023. It reports false for an index outside 1 to 2660.
func PlanPeriodByIndex(i int) (PlanPeriod, bool) {
	if i < 1 || i > maxPlanIndex {
		return PlanPeriod{}, false
	}
	return PlanPeriod{uint16(i)}, true
}

// PlanPeriodStarting returns the three-year period that starts on 1 April of
// year. It reports false when no period starts that year (2025, 2016).
func PlanPeriodStarting(year int) (PlanPeriod, bool) {
	if year < firstYear || (year-firstYear)%3 != 0 {
		return PlanPeriod{}, false
	}
	return PlanPeriodByIndex((year-firstYear)/3 + 1)
}

// MustParsePlanPeriod is ParsePlanPeriod for tests and examples: it panics on
// bad input.
func MustParsePlanPeriod(s string) PlanPeriod {
	p, err := ParsePlanPeriod(s)
	if err != nil {
		panic(err)
	}
	return p
}

// Index returns p's place in the sequence of three-year periods: 1 for
// 2017-2020, 4 for 2026-2029; 0 for the zero PlanPeriod.
func (p PlanPeriod) Index() int { return int(p.index) }

// StartYear returns the year in which p starts (2026 for 2026-2029); 0 for
// the zero PlanPeriod.
func (p PlanPeriod) StartYear() int {
	if p.index == 0 {
		return 0
	}
	return firstYear + 3*(int(p.index)-1)
}

// EndYear returns the year in which p ends (2029 for 2026-2029); 0 for the
// zero PlanPeriod.
func (p PlanPeriod) EndYear() int {
	if p.index == 0 {
		return 0
	}
	return p.StartYear() + 3
}

// Start returns p's first day, 1 April; the zero Date for the zero
// PlanPeriod.
func (p PlanPeriod) Start() Date {
	if p.index == 0 {
		return Date{}
	}
	return Date{uint16(p.StartYear()), 4, 1}
}

// End returns p's last day, 31 March three years after it starts (the
// period includes it); the zero Date for the zero PlanPeriod.
func (p PlanPeriod) End() Date {
	if p.index == 0 {
		return Date{}
	}
	return Date{uint16(p.EndYear()), 3, 31}
}

// Contains reports whether d falls in p, first and last days included. The
// zero PlanPeriod contains no date, and no period contains the zero Date.
func (p PlanPeriod) Contains(d Date) bool {
	q, err := PlanPeriodOf(d)
	return err == nil && q == p
}

// Next returns the period after p; the zero PlanPeriod after the last period
// represented, and for the zero PlanPeriod.
func (p PlanPeriod) Next() PlanPeriod {
	if p.index == 0 || p.index >= maxPlanIndex {
		return PlanPeriod{}
	}
	return PlanPeriod{p.index + 1}
}

// Prev returns the period before p; the zero PlanPeriod before 2017-2020,
// and for the zero PlanPeriod.
func (p PlanPeriod) Prev() PlanPeriod {
	if p.index <= 1 {
		return PlanPeriod{}
	}
	return PlanPeriod{p.index - 1}
}

// ReportingPeriods returns the three one-year periods of p, in order: the
// annual reports of section 13(1) on the plan for p cover these (guidance
// para 124). All three are zero for the zero PlanPeriod.
func (p PlanPeriod) ReportingPeriods() [3]ReportingPeriod {
	if p.index == 0 {
		return [3]ReportingPeriod{}
	}
	y := uint16(p.StartYear())
	return [3]ReportingPeriod{{y}, {y + 1}, {y + 2}}
}

// GuidanceApplies reports whether the statutory guidance's 2nd edition
// (2020) applies to plans for p: it relates to plans from 1 April 2020
// onwards (guidance para 1), so to every period but 2017-2020. Key dates and
// findings that cite it are not raised for 2017-2020 plans and their
// reports.
func (p PlanPeriod) GuidanceApplies() bool { return p.index >= 2 }

// Equal reports whether p and q are the same period; it is p == q, and
// lets go-cmp compare values that hold periods.
func (p PlanPeriod) Equal(q PlanPeriod) bool { return p == q }

// IsZero reports whether p is the zero (unset) PlanPeriod.
func (p PlanPeriod) IsZero() bool { return p.index == 0 }

// IsValid reports whether p is a real three-year period. Every PlanPeriod
// except the zero one is.
func (p PlanPeriod) IsValid() bool { return p.index >= 1 && p.index <= maxPlanIndex }

// Compare returns -1, 0 or +1 as p is before, the same as or after q. The
// zero PlanPeriod is before every real period.
func (p PlanPeriod) Compare(q PlanPeriod) int {
	switch {
	case p.index < q.index:
		return -1
	case p.index > q.index:
		return 1
	}
	return 0
}

// String returns p's canonical name, such as "2026-2029", or "" for the
// zero PlanPeriod.
func (p PlanPeriod) String() string {
	if p.index == 0 {
		return ""
	}
	var b [9]byte
	return string(appendYears(b[:0], p.StartYear(), p.EndYear()))
}

// AppendText implements [encoding.TextAppender]; the zero PlanPeriod appends
// nothing.
func (p PlanPeriod) AppendText(b []byte) ([]byte, error) {
	if p.index == 0 {
		return b, nil
	}
	return appendYears(b, p.StartYear(), p.EndYear()), nil
}

// MarshalText implements [encoding.TextMarshaler]: "2026-2029", or the
// empty string for the zero PlanPeriod.
func (p PlanPeriod) MarshalText() ([]byte, error) { return p.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParsePlanPeriod]. The empty string gives the zero PlanPeriod, so that an
// unset period round-trips.
func (p *PlanPeriod) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*p = PlanPeriod{}
		return nil
	}
	v, err := ParsePlanPeriod(string(text))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// PlanPeriodsBetween yields, in order, every three-year period that contains
// a day from from to to (both included). Days before 1 April 2017 or after
// the last period represented are passed over; it yields nothing if to is
// before from, or either is the zero Date.
func PlanPeriodsBetween(from, to Date) iter.Seq[PlanPeriod] {
	return func(yield func(PlanPeriod) bool) {
		first, last, ok := clip(from, to)
		if !ok {
			return
		}
		p, _ := PlanPeriodOf(first)
		q, _ := PlanPeriodOf(last)
		for ; p.index != 0 && p.Compare(q) <= 0; p = p.Next() {
			if !yield(p) {
				return
			}
		}
	}
}

// clip narrows from-to to the days this package has periods for.
func clip(from, to Date) (Date, Date, bool) {
	if from.IsZero() || to.IsZero() || to.Before(from) || to.Before(firstPeriodStart) || from.After(lastDay) {
		return Date{}, Date{}, false
	}
	return MaxDate(from, firstPeriodStart), MinDate(to, lastDay), true
}

func appendYears(b []byte, start, end int) []byte {
	return append(b,
		byte('0'+start/1000), byte('0'+start/100%10), byte('0'+start/10%10), byte('0'+start%10), '-',
		byte('0'+end/1000), byte('0'+end/100%10), byte('0'+end/10%10), byte('0'+end%10))
}
