package duty

import (
	"fmt"
	"slices"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/internal/suggest"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// HistoryKind is the kind of a planning history document.
const HistoryKind = "planning-history"

// History is what a partnership has done under Part 3: for each plan, when
// it was prepared, sent to the Scottish Ministers and to each other service
// provider, published and revised; for each reporting period, when the
// annual report was published; and any temporary relief from time limits
// the caller relies on. It is a JSON document of kind "planning-history"
// with snake_case keys; [DecodeHistory] reads one strictly.
//
// Within a record, a date that is absent means the thing has not been done
// (or is not known to have been), and a date after the judgement date that
// it has not yet been done. A plan period or reporting period with no
// record is not recorded: the history says nothing of it, and nothing is
// found late. The zero History records nothing, and [NewCalendar] accepts
// it.
type History struct {
	// Schema is the optional "$schema" member an editor uses to find the
	// JSON Schema of the document. It has no effect on a judgement.
	Schema string `json:"$schema,omitzero"`
	// Kind is always "planning-history".
	Kind string `json:"kind"`
	// Council is the council area of the partnership. Required in a
	// document.
	Council service.Council `json:"council"`
	// Plans has one record per plan period, each period at most once.
	Plans []PlanRecord `json:"plans,omitzero"`
	// Reports has one record per reporting period, each at most once.
	Reports []ReportRecord `json:"reports,omitzero"`
	// Reliefs are temporary reliefs from time limits the caller relies on.
	Reliefs []judgement.Relief `json:"reliefs,omitzero"`
}

// Distribution records when a plan (or a revised plan) was sent and
// published under section 10(7).
type Distribution struct {
	// SentToMinisters is when a copy was sent to the Scottish Ministers
	// (s.10(7)(a)(i)).
	SentToMinisters period.Date `json:"sent_to_ministers,omitzero"`
	// SentToOtherServiceProviders maps each other service provider for the
	// partnership's area to when a copy was sent to it (s.10(7)(a)(ii)).
	// The key is the provider's register ID ("police-scotland", ...); for
	// the area's own integration joint board it is "integration-joint-board"
	// (a council area has at most one board, so the key is not ambiguous)
	// or the board's GSS code ("S37000032"), not both. Highland has no
	// board and owes no copy to one; once section 60 of the 2026 Act is in
	// force the board is a lead planning body and is owed none either
	// ([service.OtherServiceProvidersFor]).
	SentToOtherServiceProviders map[string]period.Date `json:"sent_to_other_service_providers,omitzero"`
	// Published is when the plan was published (s.10(7)(b)).
	Published period.Date `json:"published,omitzero"`
}

// PlanRecord is what was done with the plan for one three-year period.
type PlanRecord struct {
	// Period is the three-year period the plan answers to. Required.
	Period period.PlanPeriod `json:"period"`
	// Prepared is when the plan was prepared (finalised).
	Prepared period.Date `json:"prepared,omitzero"`
	Distribution
	// Revisions are the revised plans prepared under section 11(1)(b), in
	// the order they were prepared: each dated after the one before (and
	// after Prepared), and on or before the period's last day. They are
	// numbered 1, 2, ... in that order; a history that lists them out of
	// order is bad input rather than renumbered.
	Revisions []Revision `json:"revisions,omitzero"`
}

// Revision is a revised plan prepared under section 11(1)(b). Sections 9,
// 10 and 11(1) apply to it as to a new plan (guidance para 119), so it
// must be sent and published again.
type Revision struct {
	// Revised is when the revised plan was prepared. Required.
	Revised period.Date `json:"revised"`
	Distribution
}

// ReportRecord is what was done with the annual report on one reporting
// period.
type ReportRecord struct {
	// Period is the one-year reporting period. Required.
	Period period.ReportingPeriod `json:"period"`
	// Published is when the report was published (s.13(1)).
	Published period.Date `json:"published,omitzero"`
}

// DecodeHistory decodes a planning history document strictly with
// [part3.DecodeAndCheck] and checks what decoding cannot
// ([History.Validate]). Every problem is reported at once, as an
// *part3.InputError naming file and each JSON path. Whether each key of
// sent_to_other_service_providers names an other service provider for the
// area on the day the copy was sent depends on the law applied (orders
// under s.7(5) change the register; section 60 of the 2026 Act), and
// [NewCalendar] checks it.
func DecodeHistory(file string, data []byte) (History, error) {
	var h History
	if err := part3.DecodeAndCheck(file, data, &h, func(l *part3.InputErrors) { h.check(l) }); err != nil {
		return History{}, err
	}
	return h, nil
}

// Validate reports the problems in h that [DecodeHistory] checks after
// decoding, as an *part3.InputError listing them with their JSON paths, or
// nil: the kind and the council; each plan and reporting period given once;
// each relief complete and naming a duty the calendar tracks; and dates
// that cannot be true (category part3.ErrInvalidValue), the first of each
// plan record:
//
//   - a copy sent or a publication dated before the plan (or the revised
//     plan) it distributes was prepared;
//   - a revision not dated after the plan's preparation and after the
//     revision before it, or dated after the period's last day;
//   - a date of a plan record more than a year before its period's
//     preparation deadline (31 March before the period starts; guidance
//     para 101), which is taken to be a plan recorded against the wrong
//     period: the 2026-2029 record's dates start on 31 March 2025;
//   - an annual report published before its reporting period began.
//
// An annual report published during its own reporting period is lawful
// input, not an error: it is not the report section 13(1) requires "after
// the end of each one-year period", and [Calendar.Findings] says so.
func (h History) Validate() error {
	var l part3.InputErrors
	h.check(&l)
	return l.Err()
}

// check adds the problems of h to l.
func (h History) check(l *part3.InputErrors) {
	if h.Kind != HistoryKind {
		// The other checks are a planning history's: another kind of
		// document would only fail them.
		l.Add(&part3.InputError{Path: "/kind", Category: part3.ErrWrongKind,
			Err: fmt.Errorf("kind %q%s", h.Kind, suggest.Phrase(h.Kind, []string{HistoryKind})), Expected: fmt.Sprintf("%q", HistoryKind)})
		return
	}
	if h.Council.IsZero() {
		l.Add(&part3.InputError{Path: "/council", Category: part3.ErrMissing,
			Expected: "the name or GSS code of the partnership's council area, such as \"Fife\""})
	}
	h.checkRecords(l)
}

// validateRecords checks the records of h: everything [History.Validate]
// checks but the kind and the council, which a history built in code for
// [NewCalendar] may leave unset.
func (h History) validateRecords() error {
	var l part3.InputErrors
	h.checkRecords(&l)
	return l.Err()
}

// checkRecords adds the problems of the records of h to l.
func (h History) checkRecords(l *part3.InputErrors) {
	for i, p := range h.Plans {
		at := func(tokens ...any) string { return part3.Pointer(append([]any{"plans", i}, tokens...)...) }
		if p.Period.IsZero() {
			l.Add(&part3.InputError{Path: at("period"), Category: part3.ErrMissing,
				Expected: "the plan's three-year period, such as \"2026-2029\""})
			continue
		}
		dup := false
		for j := range i {
			if h.Plans[j].Period == p.Period {
				l.Add(&part3.InputError{Path: at("period"), Category: part3.ErrDuplicateID,
					Err: fmt.Errorf("the %s plan is recorded twice", p.Period), Expected: "each plan period once; record revisions under \"revisions\""})
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		l.Add(p.validateDates(at))
	}
	for i, r := range h.Reports {
		if r.Period.IsZero() {
			l.Add(&part3.InputError{Path: part3.Pointer("reports", i, "period"), Category: part3.ErrMissing,
				Expected: "the one-year reporting period, such as \"2026-2027\""})
			continue
		}
		dup := false
		for j := range i {
			if h.Reports[j].Period == r.Period {
				l.Add(&part3.InputError{Path: part3.Pointer("reports", i, "period"), Category: part3.ErrDuplicateID,
					Err: fmt.Errorf("the %s report is recorded twice", r.Period), Expected: "each reporting period once"})
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		if r.Published.IsValid() && r.Published.Before(r.Period.Start()) {
			l.Add(&part3.InputError{Path: part3.Pointer("reports", i, "published"), Category: part3.ErrInvalidValue,
				Err:      fmt.Errorf("the %s report is dated %s, before its reporting period began on %s", r.Period, r.Published, r.Period.Start()),
				Expected: fmt.Sprintf("a date after the reporting period ends on %s", r.Period.End())})
		}
	}
	for i, r := range h.Reliefs {
		l.Add(part3.WithPath(r.Validate(), part3.Pointer("reliefs", i)))
	}
}

// EarliestPlanDate returns the earliest date a record of the plan for p may
// hold: one year before its preparation deadline (31 March before p
// starts). An earlier date is taken to belong to another period's plan.
func EarliestPlanDate(p period.PlanPeriod) period.Date {
	return dayBefore(p).AddYears(-1)
}

// planDates checks the dates of one plan record: at builds the JSON
// Pointer of a member of the record.
type planDates struct {
	at       func(tokens ...any) string
	period   period.PlanPeriod
	earliest period.Date
}

// date checks a date of the record at the member named by tokens: not too
// early for the period, and not before after (when known), the day what
// happened.
func (c planDates) date(d, after period.Date, what string, tokens ...any) error {
	if c.ok(d, after) {
		return nil
	}
	switch {
	case d.IsValid() && d.Before(c.earliest):
		return &part3.InputError{Path: c.at(tokens...), Category: part3.ErrInvalidValue,
			Err:      fmt.Errorf("%s is more than a year before the %s plan's preparation deadline of %s; is the plan recorded against the wrong period?", d, c.period, dayBefore(c.period)),
			Expected: fmt.Sprintf("a date on or after %s", c.earliest)}
	case d.IsValid() && after.IsValid() && d.Before(after):
		return &part3.InputError{Path: c.at(tokens...), Category: part3.ErrInvalidValue,
			Err: fmt.Errorf("%s is before %s on %s", d, what, after), Expected: fmt.Sprintf("a date on or after %s", after)}
	}
	return nil
}

// ok reports whether date d, if set, is one [planDates.date] accepts. It
// allocates nothing, so the checks of a good record build no paths.
func (c planDates) ok(d, after period.Date) bool {
	return !d.IsValid() || !(d.Before(c.earliest) || after.IsValid() && d.Before(after))
}

// distribution checks the dates of d, a plan or revised plan prepared on
// prepared, recorded under prefix.
func (c planDates) distribution(d Distribution, prepared period.Date, what string, prefix ...any) error {
	good := c.ok(d.SentToMinisters, prepared) && c.ok(d.Published, prepared)
	for _, sent := range d.SentToOtherServiceProviders {
		good = good && c.ok(sent, prepared)
	}
	if good {
		return nil
	}
	under := func(tokens ...any) []any { return append(slices.Clone(prefix), tokens...) }
	if err := c.date(d.SentToMinisters, prepared, what, under("sent_to_ministers")...); err != nil {
		return err
	}
	for _, id := range sortedKeys(d.SentToOtherServiceProviders) {
		if err := c.date(d.SentToOtherServiceProviders[id], prepared, what, under("sent_to_other_service_providers", id)...); err != nil {
			return err
		}
	}
	return c.date(d.Published, prepared, what, under("published")...)
}

// validateDates checks the dates of a plan record (see [History.Validate]);
// at builds the JSON Pointer of a member of the record.
func (p PlanRecord) validateDates(at func(tokens ...any) string) error {
	c := planDates{at: at, period: p.Period, earliest: EarliestPlanDate(p.Period)}
	if !c.ok(p.Prepared, period.Date{}) {
		return c.date(p.Prepared, period.Date{}, "", "prepared")
	}
	if err := c.distribution(p.Distribution, p.Prepared, "the plan was prepared"); err != nil {
		return err
	}
	prev, prevRevision := p.Prepared, 0 // the latest version so far: 0 for the plan
	prevWhat := func() string {
		if prevRevision == 0 {
			return "the plan was prepared"
		}
		return fmt.Sprintf("revision %d was prepared", prevRevision)
	}
	for k, r := range p.Revisions {
		revised := func() string { return at("revisions", k, "revised") }
		switch {
		case r.Revised.IsZero():
			return &part3.InputError{Path: revised(), Category: part3.ErrMissing,
				Expected: "the date the revised plan was prepared"}
		case prev.IsValid() && !r.Revised.After(prev):
			return &part3.InputError{Path: revised(), Category: part3.ErrInvalidValue,
				Err:      fmt.Errorf("the revised plan is dated %s, not after %s on %s", r.Revised, prevWhat(), prev),
				Expected: fmt.Sprintf("a date after %s; list revisions in the order they were prepared", prev)}
		case r.Revised.After(p.Period.End()):
			return &part3.InputError{Path: revised(), Category: part3.ErrInvalidValue,
				Err:      fmt.Errorf("the revised plan is dated %s, after the %s period ended on %s", r.Revised, p.Period, p.Period.End()),
				Expected: fmt.Sprintf("a date on or before %s", p.Period.End())}
		}
		if !c.ok(r.Revised, period.Date{}) {
			return c.date(r.Revised, period.Date{}, "", "revisions", k, "revised")
		}
		if err := c.distribution(r.Distribution, r.Revised, "the revised plan was prepared", "revisions", k); err != nil {
			return err
		}
		prev, prevRevision = r.Revised, k+1
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
