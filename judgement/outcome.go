package judgement

import (
	"fmt"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/period"
)

// PrescribedOutcome is an outcome "in relation to the wellbeing of children
// in the area" that the Scottish Ministers prescribe by order under section
// 13(1)(b)(ii), on which every annual report from the period the order
// names must report. No such order has been made (guidance para 132); the
// type lets a caller apply one on the day it is made. JSON keys: id,
// outcome, order, from, until.
type PrescribedOutcome struct {
	// ID identifies the outcome; a report's prescribed_outcomes refer to
	// it. Required.
	ID string `json:"id"`
	// Outcome is the outcome as the order words it.
	Outcome string `json:"outcome,omitzero"`
	// Order is the citation of the order, such as "SSI 2027/100".
	Order part3.Citation `json:"order,omitzero"`
	// From is the first one-year period whose report must cover the
	// outcome, as the order provides. Required.
	From period.ReportingPeriod `json:"from"`
	// Until is the last such period, if the order has been revoked or
	// amended; zero while it is in force.
	Until period.ReportingPeriod `json:"until,omitzero"`
}

// AppliesTo reports whether the report on reporting period r must cover o.
func (o PrescribedOutcome) AppliesTo(r period.ReportingPeriod) bool {
	return o.From.IsValid() && r.Compare(o.From) >= 0 && (o.Until.IsZero() || r.Compare(o.Until) <= 0)
}

// OutcomesFor returns the prescribed outcomes the report on reporting
// period r must cover, in c's order.
func (c Context) OutcomesFor(r period.ReportingPeriod) []PrescribedOutcome {
	var out []PrescribedOutcome
	for _, o := range c.PrescribedOutcomes {
		if o.AppliesTo(r) {
			out = append(out, o)
		}
	}
	return out
}

func validateOutcomes(os []PrescribedOutcome) error {
	ids := map[string]bool{}
	for i, o := range os {
		path := part3.Pointer("prescribed_outcomes", i)
		switch {
		case strings.TrimSpace(o.ID) == "":
			return missing(path+"/id", "an ID for the outcome, which reports refer to")
		case ids[o.ID]:
			return &part3.InputError{Path: path + "/id", Category: part3.ErrDuplicateID,
				Err: fmt.Errorf("outcome %q is given twice", o.ID), Expected: "each outcome's ID once"}
		case o.From.IsZero():
			return missing(path+"/from", "the first reporting period whose report must cover the outcome, such as \"2027-2028\"")
		case !o.Until.IsZero() && o.Until.Compare(o.From) < 0:
			return invalid(path+"/until", fmt.Errorf("%s is before %s", o.Until, o.From), "a reporting period on or after from")
		}
		ids[o.ID] = true
	}
	return nil
}
