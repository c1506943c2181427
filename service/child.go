package service

import (
	"time"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/period"
)

// AgeOfLegalCapacity returns the citation of the rule on when a person attains
// an age in Scots law: section 6 of the Age of Legal Capacity (Scotland)
// Act 1991, which makes the anniversary of a 29 February birth fall on 1
// March in a common year (s.6(2)). The Act's long title confirms that it
// provides for "the time and date at which a person shall be taken to attain
// a particular age"; the wording and numbering of section 6 are as the
// project's sources report them and were not checked against the enacted
// text.
func AgeOfLegalCapacity() part3.Citation {
	return part3.Legislation("Age of Legal Capacity (Scotland) Act 1991", "s.6(2)")
}

// AttainsAge returns the date on which a person born on dateOfBirth
// attains the age of years: the anniversary of the birth, at its
// beginning. For a birth on 29 February the anniversary in a common year is
// 1 March ([AgeOfLegalCapacity]). A zero or invalid dateOfBirth, a negative
// years, or a result past 9999 gives the zero Date.
func AttainsAge(dateOfBirth period.Date, years int) period.Date {
	if !dateOfBirth.IsValid() || years < 0 {
		return period.Date{}
	}
	y := dateOfBirth.Year() + years
	d, err := period.NewDate(y, dateOfBirth.Month(), dateOfBirth.Day())
	if err != nil && dateOfBirth.Month() == time.February && dateOfBirth.Day() == 29 {
		d, err = period.NewDate(y, time.March, 1)
	}
	if err != nil {
		return period.Date{}
	}
	return d
}

// IsChild reports whether a person born on dateOfBirth is a child on date
// on: a person under 18 (s.97(1)). The person is a child from the day of
// birth up to the day before the 18th birthday, and not on it; a person
// born on 29 February 2008 is a child on 28 February 2026 and not on 1
// March 2026 ([AgeOfLegalCapacity]).
//
// IsChild is false when either date is zero or invalid and when on is
// before dateOfBirth: a person not yet born is not a child. Use
// [AttainsAge] to tell those cases apart.
func IsChild(dateOfBirth, on period.Date) bool {
	if !dateOfBirth.IsValid() || !on.IsValid() || on.Before(dateOfBirth) {
		return false
	}
	eighteen := AttainsAge(dateOfBirth, 18)
	return eighteen.IsZero() || on.Before(eighteen)
}
