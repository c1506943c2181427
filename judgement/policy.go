package judgement

import (
	"fmt"

	"github.com/csplanning/part3"
)

// Policy holds the numbers a partnership sets for itself where the law sets
// none. The Act requires the copies and publication of a plan "as soon as
// reasonably practicable" after it is prepared (s.10(7)), the annual report
// "as soon as practicable" after its year ends (s.13(1)), and an "effective
// opportunity" to take part in preparing the plan (s.10(1)(a)), which
// guidance para 78 associates with "appropriate advance notice" and
// "appropriate time"; neither the Act nor the guidance puts a number on any
// of them (guidance para 102).
//
// So each number here is a policy parameter. A field left at 0 takes the
// module's default, a number this module chose so that something is
// reported; it is never called the partnership's policy, and a finding
// made on it says so. A negative field sets no limit at all. Findings
// against these numbers are practice, never statutory: passing a number
// the partnership or the module chose breaches no law. A breach of
// "as soon as (reasonably) practicable" rests only on a fact the caller
// states ([Facts].TimePassed) or on the engine's outer bound (package
// duty's Timely). CopyDays and ReportDays rest on guidance paras 102 and
// 125, of the 2nd edition, so they are applied to plans from 1 April 2020
// and their reports only.
//
// JSON keys: copy_days, report_days, min_advance_notice_days,
// min_window_days.
type Policy struct {
	// CopyDays is how many days after a plan (or revised plan) is prepared
	// its copies should have been sent and it published (s.10(7)). The
	// module's default is 28.
	CopyDays int `json:"copy_days,omitzero"`
	// ReportDays is how many days after a one-year period ends its annual
	// report should have been published (s.13(1)). The module's default is
	// 183. It is not the guidance's end-of-June target (para 129), which
	// applies at guidance severity to plans from 2020.
	ReportDays int `json:"report_days,omitzero"`
	// MinAdvanceNoticeDays is the least number of days between giving an
	// other service provider notice of an opportunity and the day it opens
	// (guidance para 78(a)). The module's default is 14.
	MinAdvanceNoticeDays int `json:"min_advance_notice_days,omitzero"`
	// MinWindowDays is the least number of days, counting the first and
	// last, that an opportunity stays open (guidance para 78(b)). The
	// module's default is 28.
	MinWindowDays int `json:"min_window_days,omitzero"`
}

// The module's defaults for the fields of [Policy]. No law or guidance
// sets these numbers; they are this module's choice, so that a partnership
// that sets none still sees where it stands.
const (
	DefaultCopyDays             = 28
	DefaultReportDays           = 183
	DefaultMinAdvanceNoticeDays = 14
	DefaultMinWindowDays        = 28
)

// maxPolicyDays is the largest number of days a policy field accepts: ten
// years, beyond any period of Part 3.
const maxPolicyDays = 3653

// Limit is one resolved number of a [Policy]: the days, and whether the
// partnership set it or it is the module's default. The zero Limit is
// "no limit".
type Limit struct {
	// Days is the number of days; 0 with Set false means no limit.
	Days int
	// Set reports whether a limit applies at all.
	Set bool
	// Own reports whether the partnership set the number itself, rather
	// than leaving the module's default.
	Own bool
}

func resolve(n, def int) Limit {
	switch {
	case n < 0:
		return Limit{}
	case n == 0:
		return Limit{Days: def, Set: true}
	}
	return Limit{Days: n, Set: true, Own: true}
}

// Copy returns the limit for sending copies of a plan and publishing it.
func (p Policy) Copy() Limit { return resolve(p.CopyDays, DefaultCopyDays) }

// Report returns the limit for publishing an annual report.
func (p Policy) Report() Limit { return resolve(p.ReportDays, DefaultReportDays) }

// AdvanceNotice returns the least advance notice of an opportunity.
func (p Policy) AdvanceNotice() Limit {
	return resolve(p.MinAdvanceNoticeDays, DefaultMinAdvanceNoticeDays)
}

// Window returns the least time an opportunity stays open.
func (p Policy) Window() Limit { return resolve(p.MinWindowDays, DefaultMinWindowDays) }

// String words the limit for a message: "the partnership's own limit of
// 14 days", or "the module's default of 28 days (no law or guidance sets
// a number; set your partnership's own)", or "no limit".
func (l Limit) String() string {
	switch {
	case !l.Set:
		return "no limit"
	case l.Own:
		return fmt.Sprintf("the partnership's own limit of %s", days(l.Days))
	}
	return fmt.Sprintf("the module's default of %s (no law or guidance sets a number; set your partnership's own)", days(l.Days))
}

func days(n int) string {
	if n == 1 {
		return "1 day"
	}
	return fmt.Sprintf("%d days", n)
}

func (p Policy) validate() error {
	for _, f := range []struct {
		name string
		n    int
	}{{"copy_days", p.CopyDays}, {"report_days", p.ReportDays}, {"min_advance_notice_days", p.MinAdvanceNoticeDays}, {"min_window_days", p.MinWindowDays}} {
		if f.n > maxPolicyDays {
			return &part3.InputError{Path: "/policy/" + f.name, Category: part3.ErrInvalidValue,
				Err:      fmt.Errorf("%d days", f.n),
				Expected: fmt.Sprintf("a number of days up to %d, 0 (or absent) for the module's default, or a negative number for no limit", maxPolicyDays)}
		}
	}
	return nil
}
