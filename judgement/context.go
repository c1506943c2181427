package judgement

import (
	"fmt"
	"slices"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// Kind is the value of the kind member of a judgement context document.
const Kind = "judgement-context"

// Context is what a judgement is made with beyond the document judged: the
// date it is made as of, the version of the law, reliefs, policy limits and
// facts the caller states. See the package documentation.
//
// Its JSON form is the "judgement-context" document; every member but
// as_of is optional. The zero Context is not valid ([Context.Validate]): it
// has no as-of date.
type Context struct {
	// Schema is the optional "$schema" member an editor uses to find the
	// JSON Schema of the document. It has no effect on a judgement.
	Schema string `json:"$schema,omitzero"`
	// Kind is "judgement-context" in a document. It may be left empty in a
	// Context built in code, and in one nested in another document.
	Kind string `json:"kind,omitzero"`
	// AsOf is the day the judgement is made as of. A record dated after it
	// (a publication, a copy, an approval, a notice) is not yet done, and a
	// duty whose time has not come is not yet owed. Required.
	AsOf period.Date `json:"as_of,omitzero"`
	// Act2026Section60 is the day section 60 of the Children (Care, Care
	// Experience and Services Planning) (Scotland) Act 2026 comes into
	// force: from then the relevant integration joint board is a lead
	// children's services planning body with the local authority and the
	// relevant health board. Zero: not commenced, as on the day this
	// module was written. A day before the Act was enacted is refused.
	Act2026Section60 period.Date `json:"act_2026_s60_commencement,omitzero"`
	// ServiceOrders are orders under s.7(3) including services in, or
	// excluding them from, the definitions of children's and related
	// services. None has been made (guidance para 37).
	ServiceOrders []ServiceOrder `json:"service_orders"`
	// RegisterChanges are orders under s.7(5) adding to, removing from or
	// varying the list of other service providers, in the order they are
	// made.
	RegisterChanges []service.RegisterChange `json:"register_changes"`
	// Directions are directions of the Scottish Ministers under
	// s.10(1)(b)(iii) specifying persons to be consulted, with their
	// revisions and revocations (s.10(4)). None had been made when the
	// guidance was published (para 88).
	Directions []Direction `json:"directions"`
	// PrescribedOutcomes are outcomes in relation to the wellbeing of
	// children prescribed by order under s.13(1)(b)(ii), on which annual
	// reports must report. None has been made (guidance para 132).
	PrescribedOutcomes []PrescribedOutcome `json:"prescribed_outcomes"`
	// Reliefs are temporary reliefs from time limits the caller relies on,
	// such as one under the Coronavirus (Scotland) Act 2020. The module
	// assumes none.
	Reliefs []Relief `json:"reliefs"`
	// Policy holds the partnership's own numbers where the law sets none.
	// The zero Policy is the module's defaults.
	Policy Policy `json:"policy,omitzero"`
	// PrisonServices are the services the Scottish Ministers provide in a
	// council area in exercising their functions under the Prisons
	// (Scotland) Act 1989. Only where they provide one are the Ministers
	// owed an opportunity under s.10(1)(a) (guidance para 77), and only
	// about such a service may their notice of disagreement be (s.10(8)).
	// Only the caller knows; the default is none.
	PrisonServices []PrisonService `json:"prison_services"`
	// Facts are facts the caller states that no document records.
	Facts Facts `json:"facts,omitzero"`
}

// New returns a Context as of the given day, with the law as it stands
// (no order, direction or relief; section 60 of the 2026 Act not
// commenced) and the module's default policy numbers.
func New(asOf period.Date) Context { return Context{AsOf: asOf} }

// act2026Enacted is the day the Children (Care, Care Experience and
// Services Planning) (Scotland) Act 2026 (asp 16) was enacted, as
// legislation.gov.uk records it (its "enacted" date, 15 May 2026). No
// section of it can come into force before then.
var act2026Enacted = period.MustDate(2026, 5, 15)

// Act2026Enacted returns the day the Children (Care, Care Experience and
// Services Planning) (Scotland) Act 2026 was enacted: 15 May 2026, the
// earliest day section 60 can be commenced.
func Act2026Enacted() period.Date { return act2026Enacted }

// Validate reports the first problem that makes c unusable for a
// judgement, as an *part3.InputError whose Path is the JSON Pointer of the
// member in the judgement-context document, or nil: the as-of date must be
// set (an error at "/as_of" whose category is part3.ErrMissing), and the
// rest must pass [Context.ValidateFacts].
func (c Context) Validate() error {
	if c.Kind != "" && c.Kind != Kind {
		return &part3.InputError{Path: "/kind", Category: part3.ErrWrongKind,
			Err: errKind(c.Kind), Expected: fmt.Sprintf("%q", Kind)}
	}
	if !c.AsOf.IsValid() {
		return noAsOf()
	}
	return c.ValidateFacts()
}

// ValidateFacts checks everything [Context.Validate] checks but the as-of
// date: that the commencement of section 60 of the 2026 Act is not before
// the Act was enacted; that each order, direction, prescribed outcome,
// relief, prison service and fact is complete and consistent; and that
// the s.7(5) changes can be applied in turn to the list of other service
// providers.
func (c Context) ValidateFacts() error {
	var l part3.InputErrors
	if d := c.Act2026Section60; d.IsValid() && d.Before(act2026Enacted) {
		l.Add(&part3.InputError{Path: "/act_2026_s60_commencement", Category: part3.ErrInvalidValue,
			Err:      fmt.Errorf("%s is before the Act was enacted on %s", d, act2026Enacted),
			Expected: fmt.Sprintf("a day on or after %s: no section of the 2026 Act can be in force before it was enacted (is the year mistyped?)", act2026Enacted)})
	}
	if _, err := c.Law(); err != nil {
		l.Add(err)
	}
	l.Add(validateDirections(c.Directions))
	l.Add(validateOutcomes(c.PrescribedOutcomes))
	for i, r := range c.Reliefs {
		l.Add(r.validate(part3.Pointer("reliefs", i)))
	}
	l.Add(c.Policy.validate())
	for i, p := range c.PrisonServices {
		l.Add(p.validate(part3.Pointer("prison_services", i)))
	}
	l.Add(c.Facts.validate())
	return l.Err()
}

// noAsOf is the error of a Context with no as-of date, new on each call so
// that no caller can change another's. Every judgement is made as of a date
// the caller gives; none is assumed.
func noAsOf() error {
	return &part3.InputError{Path: "/as_of", Category: part3.ErrMissing,
		Expected: "the date the judgement is made as of, such as \"2026-11-26\"; every judgement is made as of a stated date, and none is assumed"}
}

// Law returns the version of the law c applies, as package service takes
// it: the list of other service providers with c's s.7(5) changes applied
// in turn, c's s.7(3) orders, and the commencement of section 60 of the
// 2026 Act. It is an *part3.InputError naming the order or change that
// cannot be applied.
func (c Context) Law() (service.Law, error) {
	law := service.DefaultLaw().WithSection60Commencement(c.Act2026Section60)
	for i, o := range c.ServiceOrders {
		path := part3.Pointer("service_orders", i)
		so, err := o.toService(path)
		if err != nil {
			return service.DefaultLaw(), err
		}
		if law, err = law.WithServiceOrder(so); err != nil {
			return service.DefaultLaw(), &part3.InputError{Path: path, Category: part3.ErrInvalidValue, Err: err,
				Expected: "an order with a title, an effect and an effective date"}
		}
	}
	for i, ch := range c.RegisterChanges {
		var err error
		if law, err = law.WithRegisterChange(ch); err != nil {
			return service.DefaultLaw(), &part3.InputError{Path: part3.Pointer("register_changes", i), Category: part3.ErrInvalidValue, Err: err,
				Expected: "a change that can be made to the list of other service providers on its effective date"}
		}
	}
	return law, nil
}

// MustLaw returns [Context.Law], or service.DefaultLaw() if c's orders
// cannot be applied. Judgements call [Context.Validate] first, so that
// such a Context never reaches them.
func (c Context) MustLaw() service.Law {
	law, err := c.Law()
	if err != nil {
		return service.DefaultLaw()
	}
	return law
}

// Version describes the version of the law c applies on day d: what is in
// force and what is not, with the directions and prescribed outcomes in
// force and the reliefs relied on. An answer carries it so that a reader
// can tell which law it applied.
func (c Context) Version(d period.Date) service.Version {
	v := c.MustLaw().Version(d)
	add := func(text string, cit part3.Citation) {
		v.Provisions = append(v.Provisions, service.Provision{Text: text, Citation: cit})
	}
	in := DirectionsInForce(c.Directions, d)
	if len(in) == 0 {
		add("no direction under s.10(1)(b)(iii) in force", part3.Act("10(1)(b)(iii)"))
	}
	for _, dir := range in {
		add(fmt.Sprintf("direction under s.10(1)(b)(iii) %q made %s", dir.ID, dir.Made), part3.Act("10(1)(b)(iii)"))
	}
	if len(c.PrescribedOutcomes) == 0 {
		add("no outcome prescribed by order under s.13(1)(b)(ii)", part3.Act("13(1)(b)(ii)"))
	}
	for _, o := range c.PrescribedOutcomes {
		add(fmt.Sprintf("outcome %q prescribed under s.13(1)(b)(ii) from %s", o.ID, o.From), o.Order)
	}
	for _, r := range c.Reliefs {
		add(fmt.Sprintf("relief relied on for %s until %s", r.Duty, r.Until), r.Citation)
	}
	return v
}

// MinistersProvidePrisonService reports whether c states that the
// Scottish Ministers provide a service under the Prisons (Scotland) Act
// 1989 in any of the council areas on day d, and the first such service.
func (c Context) MinistersProvidePrisonService(councils []service.Council, d period.Date) (PrisonService, bool) {
	for _, p := range c.PrisonServices {
		if slices.Contains(councils, p.Council) && p.inForce(d) {
			return p, true
		}
	}
	return PrisonService{}, false
}

// PrisonService is a service the Scottish Ministers provide in a council
// area in exercising their functions under the Prisons (Scotland) Act 1989
// (s.7(2)(d)), such as a prison or young offenders institution that
// serves the area. JSON keys: council, name, from, until.
type PrisonService struct {
	// Council is the council area. Required.
	Council service.Council `json:"council"`
	// Name names the service, such as "HMP YOI Polmont". Optional.
	Name string `json:"name,omitzero"`
	// From is the first day the service is provided; zero means from before
	// Part 3 came into force.
	From period.Date `json:"from,omitzero"`
	// Until is the last day; zero means it continues.
	Until period.Date `json:"until,omitzero"`
}

func (p PrisonService) inForce(d period.Date) bool {
	return (!p.From.IsValid() || !d.Before(p.From)) && (!p.Until.IsValid() || !d.After(p.Until))
}

// Words names the service for a message: "HMP Perth in Perth and Kinross"
// or "a Prisons (Scotland) Act 1989 service in Perth and Kinross".
func (p PrisonService) Words() string {
	if p.Name != "" {
		return p.Name + " in " + p.Council.Name()
	}
	return "a Prisons (Scotland) Act 1989 service in " + p.Council.Name()
}

func (p PrisonService) validate(path string) error {
	switch {
	case p.Council.IsZero():
		return missing(path+"/council", "the council area the service is provided in, such as \"Falkirk\"")
	case p.From.IsValid() && p.Until.IsValid() && p.Until.Before(p.From):
		return invalid(path+"/until", fmt.Errorf("%s is before %s", p.Until, p.From), "a day on or after from")
	}
	return nil
}

func errKind(k string) error { return fmt.Errorf("kind %q", k) }

func missing(path, expected string) error {
	return &part3.InputError{Path: path, Category: part3.ErrMissing, Expected: expected}
}

func invalid(path string, err error, expected string) error {
	return &part3.InputError{Path: path, Category: part3.ErrInvalidValue, Err: err, Expected: expected}
}
