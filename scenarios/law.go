package scenarios

import (
	"fmt"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/report"
	"github.com/csplanning/part3/service"
)

// Law is the version of the law a scenario applies, where it matters: the
// amendments commenced, the orders and directions the Scottish Ministers
// have made, and any temporary relief from time limits. Every member is
// optional; the zero Law is the law as it stands with none of them.
//
// Each member maps onto the option type of the package that reads it:
// service.Law for the first three, consult.Directions for directions,
// report.PrescribedOutcome for prescribed outcomes, and duty.Relief for
// reliefs.
type Law struct {
	// Act2026Section60 is the date section 60 of the Children (Care, Care
	// Experience and Services Planning) (Scotland) Act 2026 comes into
	// force: from then, the relevant integration joint board is a lead
	// children's services planning body. Absent: not commenced.
	Act2026Section60 period.Date `json:"act_2026_s60_commencement,omitzero"`
	// ServiceOrders are orders under s.7(3) including services in, or
	// excluding them from, the definitions of children's and related
	// services.
	ServiceOrders []ServiceOrder `json:"service_orders,omitempty"`
	// RegisterChanges are orders under s.7(5) adding to, removing from or
	// varying the list of other service providers.
	RegisterChanges []service.RegisterChange `json:"register_changes,omitempty"`
	// Directions are directions of the Scottish Ministers under
	// s.10(1)(b)(iii) specifying persons to be consulted on the plan, with
	// their revisions and revocations (s.10(4)).
	Directions []consult.Direction `json:"directions,omitempty"`
	// PrescribedOutcomes are outcomes in relation to the wellbeing of
	// children prescribed by order under s.13(1)(b)(ii), on which annual
	// reports must report. None has been made (guidance para 132).
	PrescribedOutcomes []report.PrescribedOutcome `json:"prescribed_outcomes,omitempty"`
	// Reliefs are temporary reliefs from time limits, such as one relied on
	// under the Coronavirus (Scotland) Act 2020; the module assumes none.
	Reliefs []duty.Relief `json:"reliefs,omitempty"`
}

// ServiceOrder is an order under s.7(3), in the JSON form a scenario gives
// it. It becomes a service.ServiceOrder whose Covers reports the services
// named in Services.
type ServiceOrder struct {
	// Title names the order. Required.
	Title string `json:"title"`
	// Citation cites the instrument, such as "SSI 2027/12". Optional.
	Citation part3.Citation `json:"citation,omitzero"`
	// Effective is the date the order comes into force. Required.
	Effective period.Date `json:"effective"`
	// Effect is "include-childrens-service", "exclude-childrens-service",
	// "include-related-service" or "exclude-related-service". Required.
	Effect string `json:"effect"`
	// Matter, if set, is the matter relating to the services that the order
	// includes or excludes, rather than the services as a whole.
	Matter string `json:"matter,omitzero"`
	// Services are the services the order specifies, each by the ID or the
	// name (ignoring case and spacing) a scenario gives it. Required.
	Services []string `json:"services"`
}

var orderEffects = []service.OrderEffect{
	service.IncludeChildrensService, service.ExcludeChildrensService,
	service.IncludeRelatedService, service.ExcludeRelatedService,
}

// appliedLaw is a Law resolved into the option types of the packages.
type appliedLaw struct {
	law        service.Law
	directions consult.Directions
	outcomes   []report.PrescribedOutcome
	reliefs    []duty.Relief
	given      bool // a Law was stated, by the case or its file
}

// resolve turns l into the packages' option types; base is l's JSON
// Pointer, for errors. A nil l is the default law.
func (l *Law) resolve(base string) (appliedLaw, error) {
	out := appliedLaw{law: service.DefaultLaw()}
	if l == nil {
		return out, nil
	}
	out.given = true
	out.law = out.law.WithSection60Commencement(l.Act2026Section60)
	for i, o := range l.ServiceOrders {
		path := part3.PointerJoin(base, "service_orders", i)
		so, err := o.toService(path)
		if err != nil {
			return out, err
		}
		if out.law, err = out.law.WithServiceOrder(so); err != nil {
			return out, &part3.InputError{Path: path, Category: part3.ErrInvalidValue, Err: err, Expected: "an order with a title, an effect and an effective date"}
		}
	}
	for i, ch := range l.RegisterChanges {
		var err error
		if out.law, err = out.law.WithRegisterChange(ch); err != nil {
			return out, &part3.InputError{Path: part3.PointerJoin(base, "register_changes", i), Category: part3.ErrInvalidValue, Err: err,
				Expected: "a change that can be made to the list of other service providers on its effective date"}
		}
	}
	if len(l.Directions) > 0 {
		ds, err := consult.NewDirections(l.Directions...)
		if err != nil {
			return out, &part3.InputError{Path: part3.PointerJoin(base, "directions"), Category: part3.ErrInvalidValue, Err: err,
				Expected: "directions each with an ID, a date, and the persons they specify (none for a revocation)"}
		}
		out.directions = ds
	}
	ids := map[string]bool{}
	for i, o := range l.PrescribedOutcomes {
		path := part3.PointerJoin(base, "prescribed_outcomes", i)
		switch {
		case strings.TrimSpace(o.ID) == "":
			return out, missing(path+"/id", "an ID for the outcome, which reports refer to")
		case ids[o.ID]:
			return out, &part3.InputError{Path: path + "/id", Category: part3.ErrDuplicateID,
				Err: fmt.Errorf("outcome %q is given twice", o.ID), Expected: "each outcome's ID once"}
		case o.From.IsZero():
			return out, missing(path+"/from", "the first reporting period whose report must cover the outcome, such as \"2027-2028\"")
		case !o.Until.IsZero() && o.Until.Compare(o.From) < 0:
			return out, invalid(path+"/until", fmt.Errorf("%s is before %s", o.Until, o.From), "a reporting period on or after from")
		}
		ids[o.ID] = true
		out.outcomes = append(out.outcomes, o)
	}
	for i, r := range l.Reliefs {
		path := part3.PointerJoin(base, "reliefs", i)
		switch {
		case r.Duty == "":
			return out, missing(path+"/duty", "the catalogue ID of the duty whose time limit is relieved, such as \"s8-prepare-plan\"")
		case !r.Until.IsValid():
			return out, missing(path+"/until", "the last day of the relief")
		case !r.Citation.IsValid():
			return out, missing(path+"/citation", "the provision the relief rests on, such as \"Coronavirus (Scotland) Act 2020 sch.6\"")
		}
		if _, ok := duty.Lookup(r.Duty); !ok {
			return out, &part3.InputError{Path: path + "/duty", Category: part3.ErrDanglingReference,
				Err: fmt.Errorf("no duty %q in the catalogue", r.Duty), Expected: "a catalogue ID listed by part3 duties"}
		}
		out.reliefs = append(out.reliefs, r)
	}
	return out, nil
}

// toService returns o as a service.ServiceOrder.
func (o ServiceOrder) toService(path string) (service.ServiceOrder, error) {
	switch {
	case strings.TrimSpace(o.Title) == "":
		return service.ServiceOrder{}, missing(path+"/title", "the order's title")
	case !o.Effective.IsValid():
		return service.ServiceOrder{}, missing(path+"/effective", "the date the order comes into force")
	case len(o.Services) == 0:
		return service.ServiceOrder{}, missing(path+"/services", "the services the order specifies, by ID or name")
	}
	var effect service.OrderEffect
	for _, e := range orderEffects {
		if e.String() == o.Effect {
			effect = e
		}
	}
	if effect == 0 {
		names := make([]string, len(orderEffects))
		for i, e := range orderEffects {
			names[i] = fmt.Sprintf("%q", e)
		}
		return service.ServiceOrder{}, &part3.InputError{Path: path + "/effect", Category: part3.ErrInvalidValue,
			Err: fmt.Errorf("effect %q", o.Effect), Expected: "one of " + strings.Join(names, ", ")}
	}
	for i, s := range o.Services {
		if strings.TrimSpace(s) == "" {
			return service.ServiceOrder{}, missing(part3.PointerJoin(path, "services", i), "a service's ID or name")
		}
	}
	names := append([]string(nil), o.Services...)
	return service.ServiceOrder{
		Title:     o.Title,
		Citation:  o.Citation,
		Effective: o.Effective,
		Effect:    effect,
		Matter:    o.Matter,
		Covers: func(s service.Service) bool {
			for _, n := range names {
				if n == s.ID || sameWords(n, s.Name) {
					return true
				}
			}
			return false
		},
	}, nil
}

// sameWords reports whether a and b are the same words, ignoring case and
// spacing.
func sameWords(a, b string) bool {
	return a != "" && strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}
