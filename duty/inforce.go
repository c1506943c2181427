package duty

import (
	"fmt"

	"github.com/csplanning/part3/period"
)

// CondBeforePart3InForce is the condition under which no duty or power of
// Part 3 arises: the date asked about is before Part 3 came into force on
// 7 October 2016 ([period.Part3InForce]).
const CondBeforePart3InForce = "before-part3-in-force"

// beforePart3 decides that the duty does not arise if on is before Part 3
// came into force, with what (a clause such as "section 14 bound no one")
// as the reason's consequence, and reports whether it did. A zero date is
// not judged here.
func (x *decider) beforePart3(on period.Date, what string) bool {
	if !on.IsValid() || !on.Before(period.Part3InForce()) {
		return false
	}
	x.notArising(CondBeforePart3InForce, fmt.Sprintf(
		"On %s Part 3 of the Act was not in force: it came into force on %s (by the commencement order %s, whose article is not confirmed), so %s; nothing in Part 3 applied before that day",
		on, period.Part3InForce(), period.Part3InForceCitation(), what), period.Part3InForceCitation())
	return true
}

// beforeFirstPeriod adds, for a date on which Part 3 was in force but the
// first three-year period had not begun (7 October 2016 to 31 March 2017),
// the reason that the duty of preparation applied then: the first plans
// were being prepared. what names the duty, as in "section 14".
func (x *decider) beforeFirstPeriod(on period.Date, what string) {
	if !on.IsValid() || on.Before(period.Part3InForce()) || !on.Before(period.FirstPeriodStart()) {
		return
	}
	x.because(fmt.Sprintf(
		"On %s Part 3 was in force (from %s) and the first children's services plans were being prepared for the first three-year period, which began on %s (s.8(1), %s); %s applied during that preparation, though no plan period had begun",
		on, period.Part3InForce(), period.FirstPeriodStart(), period.FirstPeriodCitation(), what), period.Part3InForceCitation())
}

// firstPeriodWords says, for a date before the first three-year period
// began on which Part 3 was in force, why no plan period applied.
func firstPeriodWords(on period.Date) string {
	return fmt.Sprintf("On %s Part 3 was in force (from %s, %s) and the first plans were being prepared, but no three-year period had begun: the first began on %s (s.8(1), %s)",
		on, period.Part3InForce(), period.Part3InForceCitation(), period.FirstPeriodStart(), period.FirstPeriodCitation())
}
