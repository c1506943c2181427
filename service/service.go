package service

import (
	"fmt"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/internal/words"
	"github.com/csplanning/part3/period"
)

// ServiceKind is what a service is under s.7(1): a children's service, a
// related service, or neither (outside Part 3). Text forms
// "childrens-service", "related-service", "outside-part3"; the zero
// ServiceKind is unset.
type ServiceKind uint8

// The kinds of service.
const (
	// ChildrensService: a service in the area provided by a s.7(2) person
	// wholly or mainly to, or for the benefit of, children generally or
	// children with a particular type of need (s.7(1)).
	ChildrensService ServiceKind = iota + 1
	// RelatedService: any other service in the area provided by a s.7(2)
	// person that is capable of having a significant effect on the
	// wellbeing of children (s.7(1)).
	RelatedService
	// OutsidePart3: neither; the plan need not cover it (s.8(2)).
	OutsidePart3
)

var kindNames = [...]string{"", "childrens-service", "related-service", "outside-part3"}

// ServiceKinds lists the valid kinds.
func ServiceKinds() []ServiceKind {
	return []ServiceKind{ChildrensService, RelatedService, OutsidePart3}
}

// IsZero reports whether k is the zero (unset) ServiceKind.
func (k ServiceKind) IsZero() bool { return k == 0 }

// IsValid reports whether k is one of the three kinds.
func (k ServiceKind) IsValid() bool { return k >= ChildrensService && k <= OutsidePart3 }

// String returns the text form, "" for the zero kind.
func (k ServiceKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("ServiceKind(%d)", uint8(k))
}

// ParseServiceKind parses a text form of ServiceKind.
func ParseServiceKind(s string) (ServiceKind, error) {
	return parseEnum[ServiceKind]("service kind", kindNames[:], s, false)
}

// MarshalText implements [encoding.TextMarshaler].
func (k ServiceKind) MarshalText() ([]byte, error) {
	if !k.IsValid() && !k.IsZero() {
		return nil, fmt.Errorf("service: invalid ServiceKind %d", uint8(k))
	}
	return []byte(k.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseServiceKind]; "" gives the zero kind. An unknown form is an
// *part3.InputError (part3.ErrInvalidValue).
func (k *ServiceKind) UnmarshalText(text []byte) error {
	return unmarshalEnum(k, kindNames[:], ParseServiceKind, text, true)
}

// Service is a service provided in a local authority's area, as a plan
// lists it. JSON keys are snake_case; id, name and provider are required
// ([Service.Validate]).
//
// Who provides it, in the Act's sense, is more than the one organisation
// that delivers it ([Service.Providers]). A service the local authority or
// the relevant health board commissions from a third-sector or private
// provider to discharge its own functions (CommissionedBy) is the
// commissioning body's service for s.7(1) and s.8(2): the module reads
// "provided by" to cover the services a body provides directly or
// commissions (guidance para 44, a plan covering the services "provided
// by" the local authority, the relevant health board, the other service
// providers and the Scottish Ministers; appendix B step 3, "all services
// provided directly or commissioned"). A service an independent
// organisation provides on its own account stays outside Part 3: the
// organisation is one the partnership consults (s.10(2)(b)). A service
// delivered jointly has several providers (JointProviders), each a
// provider of it.
//
// The facts that decide its kind under s.7(1) are the caller's: whether it
// is provided wholly or mainly to or for the benefit of children (generally
// or with a particular type of need), and whether it is capable of having a
// significant effect on children's wellbeing. The Act leaves these to the
// local authority and relevant health board to determine (guidance paras
// 45-46 and 70).
type Service struct {
	// ID identifies the service within its document.
	ID string `json:"id"`
	// Name is the service's name.
	Name string `json:"name"`
	// Provider is who provides it: for a service delivered jointly, the
	// lead provider; for a commissioned service, the third-sector or
	// private provider ("other-organisation").
	Provider Provider `json:"provider"`
	// CommissionedBy, for a service of provider "other-organisation", is
	// the body that commissions it to discharge its own functions:
	// "local-authority" or "relevant-health-board". Such a service is that
	// body's service (see [Service]).
	CommissionedBy Provider `json:"commissioned_by,omitzero"`
	// JointProviders are the providers that deliver the service together
	// with Provider, each with its part. Each is a provider of it.
	JointProviders []JointProvider `json:"joint_providers,omitempty"`
	// PrisonsActFunction records, for a service of the Scottish Ministers,
	// whether they provide it in exercising functions under the Prisons
	// (Scotland) Act 1989; only such services are within Part 3 (s.7(2)).
	// It is ignored for other providers.
	PrisonsActFunction bool `json:"prisons_act_function,omitzero"`
	// WhollyOrMainlyForChildren records whether the service is provided
	// wholly or mainly to, or for the benefit of, children generally or
	// children with a particular type of need (s.7(1)).
	WhollyOrMainlyForChildren bool `json:"wholly_or_mainly_for_children"`
	// ParticularNeed, if set, names the type of need of the children the
	// service is for ("looked after children", "disability"), where it is
	// not for children generally.
	ParticularNeed string `json:"particular_need,omitzero"`
	// SignificantEffectOnWellbeing records whether the service is capable of
	// having a significant effect on the wellbeing of children (s.7(1)).
	SignificantEffectOnWellbeing bool `json:"significant_effect_on_wellbeing"`
	// Kind is the kind the document declares, if it declares one; [Classify]
	// does not read it, and [JudgeServices] compares it with the kind the
	// definitions give.
	Kind ServiceKind `json:"kind,omitzero"`
	// Notes is free text.
	Notes string `json:"notes,omitzero"`
}

// Validate reports the problems of s as an *part3.InputError listing
// them, each with its path relative to the service ("/id"): a missing
// required value (id, name, provider; a joint provider's provider and
// role), a commissioning body that is not the local authority or the
// relevant health board or that is given for a provider other than
// "other-organisation", an integration joint board named for a joint
// provider that is not one, or a provider named twice. It returns nil for
// a service without them.
func (s Service) Validate() error {
	var l part3.InputErrors
	s.check(&l)
	return l.Err()
}

// check adds the problems of s to l.
func (s Service) check(l *part3.InputErrors) {
	if strings.TrimSpace(s.ID) == "" {
		l.Add(&part3.InputError{Path: "/id", Category: part3.ErrMissing, Expected: "the service's ID"})
	}
	if strings.TrimSpace(s.Name) == "" {
		l.Add(&part3.InputError{Path: "/name", Category: part3.ErrMissing, Expected: "the service's name"})
	}
	if s.Provider.IsZero() {
		l.Add(&part3.InputError{Path: "/provider", Category: part3.ErrMissing, Expected: "who provides the service, such as \"local-authority\""})
		return
	}
	s.checkProviders(l)
}

// DecodeService decodes one service from JSON with [part3.DecodeAndCheck]
// and checks its required values ([Service.Validate]). Every problem is
// reported at once, as an *part3.InputError naming file and each JSON path.
func DecodeService(file string, data []byte) (Service, error) {
	var s Service
	if err := part3.DecodeAndCheck(file, data, &s, func(l *part3.InputErrors) { s.check(l) }); err != nil {
		return Service{}, err
	}
	return s, nil
}

// Classification is the kind of a service under s.7(1) with the reasons,
// each with its citation, and the version of the law applied. JSON keys:
// kind, reasons, law.
type Classification struct {
	Kind    ServiceKind `json:"kind"`
	Reasons []Reason    `json:"reasons"`
	Law     Version     `json:"law"`
}

// String formats c as "kind: reason; reason".
func (c Classification) String() string {
	parts := make([]string, len(c.Reasons))
	for i, r := range c.Reasons {
		parts[i] = r.String()
	}
	return c.Kind.String() + ": " + strings.Join(parts, "; ")
}

// Classify decides whether s is a children's service, a related service or
// outside Part 3 on date on under law, giving each step's reason:
//
//  1. Who provides it (s.7(2)). The local authority, its relevant health
//     board and an other service provider listed in law's register on the
//     date are s.7(2) persons; the Scottish Ministers are one only for a
//     service provided in exercising their functions under the Prisons
//     (Scotland) Act 1989. Anyone else provides no children's or related
//     service in the Act's sense: their service is outside Part 3, though
//     they are consulted on the plan (s.10(1)(b), s.10(2)(b)).
//  2. Any s.7(3) order in force that covers the service, which overrides
//     the definitions.
//  3. The definitions in s.7(1): wholly or mainly for children (generally
//     or with a particular type of need) is a children's service; otherwise
//     capable of a significant effect on children's wellbeing is a related
//     service; otherwise outside Part 3. The conclusion cites s.7(1), the
//     definitions themselves; guidance appendix D only gives examples of
//     each kind (schools, health visitors; leisure, housing).
//
// The service is taken to be provided in the local authority's area.
func Classify(s Service, on period.Date, law Law) Classification {
	return classify(s, on, law, true)
}

// KindOf returns the kind [Classify] gives s on date on under law,
// without its reasons or the version of the law: the same steps, for a
// check that needs only the kind.
func KindOf(s Service, on period.Date, law Law) ServiceKind {
	return classify(s, on, law, false).Kind
}

// classify is Classify; without withReasons it builds no reasons and no
// version of the law, and gives only the kind.
func classify(s Service, on period.Date, law Law, withReasons bool) Classification {
	var c Classification
	if withReasons {
		c.Law = law.Version(on)
	}
	reason := func(cite part3.Citation, format string, args ...any) {
		c.Reasons = append(c.Reasons, Reason{Citation: cite, Text: fmt.Sprintf(format, args...)})
	}
	name := s.Name
	if name == "" {
		name = s.ID
	}
	// Step 1: who provides it.
	if !c.providedByPart3Person(s, name, on, law, withReasons) {
		c.Kind = OutsidePart3
		return c
	}
	// Step 2: s.7(3) orders, whole-service ones in date order, the last
	// in force winning; matters are recorded.
	var order *ServiceOrder
	for i := range law.orders {
		o := &law.orders[i]
		if o.Effective.After(on) || !o.Covers(s) {
			continue
		}
		if o.Matter != "" {
			verb := "includes"
			if o.Effect == ExcludeChildrensService || o.Effect == ExcludeRelatedService {
				verb = "excludes"
			}
			if withReasons {
				reason(orderCitation(o), "%s (in force from %s) %s the matter %q relating to %q %s the definition of %s", o.Title, o.Effective, verb, o.Matter, name, inOrFrom(verb), effectTarget(o.Effect))
			}
			continue
		}
		order = o
	}
	// Step 3: the definitions.
	children := s.WhollyOrMainlyForChildren
	if children {
		whom := "children generally"
		if s.ParticularNeed != "" {
			whom = "children with a particular type of need (" + s.ParticularNeed + ")"
		}
		if withReasons {
			reason(part3.Act("7(1)"), "%q is provided wholly or mainly to, or for the benefit of, %s", name, whom)
		}
	}
	if order != nil {
		switch order.Effect {
		case IncludeChildrensService:
			if withReasons {
				reason(orderCitation(order), "%s (in force from %s) includes %q in the definition of children's service", order.Title, order.Effective, name)
			}
			c.Kind = ChildrensService
			return c
		case ExcludeChildrensService:
			if withReasons {
				reason(orderCitation(order), "%s (in force from %s) excludes %q from the definition of children's service", order.Title, order.Effective, name)
			}
			children = false
		}
	}
	if children {
		c.Kind = ChildrensService
		if withReasons {
			reason(part3.Act("7(1)"), "so it is a children's service")
		}
		return c
	}
	if order != nil {
		switch order.Effect {
		case IncludeRelatedService:
			if withReasons {
				reason(orderCitation(order), "%s (in force from %s) includes %q in the definition of related service", order.Title, order.Effective, name)
			}
			c.Kind = RelatedService
			return c
		case ExcludeRelatedService:
			if withReasons {
				reason(orderCitation(order), "%s (in force from %s) excludes %q from the definition of related service", order.Title, order.Effective, name)
			}
			c.Kind = OutsidePart3
			return c
		}
	}
	if !s.WhollyOrMainlyForChildren {
		if withReasons {
			reason(part3.Act("7(1)"), "%q is not provided wholly or mainly to, or for the benefit of, children", name)
		}
	}
	if s.SignificantEffectOnWellbeing {
		if withReasons {
			reason(part3.Act("7(1)"), "%q is capable of having a significant effect on the wellbeing of children", name)
		}
		if withReasons {
			reason(part3.Act("7(1)"), "so it is a related service")
		}
		c.Kind = RelatedService
		return c
	}
	if withReasons {
		reason(part3.Act("7(1)"), "%q is not capable of having a significant effect on the wellbeing of children, so it is neither a children's service nor a related service", name)
	}
	c.Kind = OutsidePart3
	return c
}

func orderCitation(o *ServiceOrder) part3.Citation {
	if o.Citation.IsValid() {
		return o.Citation
	}
	return part3.Act("7(3)")
}

func inOrFrom(verb string) string {
	if verb == "includes" {
		return "in"
	}
	return "from"
}

func effectTarget(e OrderEffect) string {
	if e == IncludeChildrensService || e == ExcludeChildrensService {
		return "children's service"
	}
	return "related service"
}

// providedByPart3Person adds to c the reasons of step 1 of [Classify], who
// provides s, and reports whether a s.7(2) person does: its lead provider
// (or the local authority or relevant health board that commissions it),
// or one of its joint providers.
func (c *Classification) providedByPart3Person(s Service, name string, on period.Date, law Law, withReasons bool) bool {
	reason := func(cite part3.Citation, format string, args ...any) {
		c.Reasons = append(c.Reasons, Reason{Citation: cite, Text: fmt.Sprintf(format, args...)})
	}
	// The joint providers that are s.7(2) persons, and the others.
	var in, out []string
	for _, j := range s.JointProviders {
		ok, why := j.part3Person(name, on, law, withReasons)
		if ok {
			in = append(in, why)
		} else {
			out = append(out, why)
		}
	}
	joint := func() {
		for _, why := range in {
			if withReasons {
				reason(part3.Act("7(2)"), "%s", why)
			}
		}
		for _, why := range out {
			if withReasons {
				reason(part3.Act("7(2)"), "%s", why)
			}
		}
	}
	kind := law.ProviderKind(s.Provider, on)
	switch {
	case s.IsCommissioned():
		if withReasons {
			reason(part3.Act("7(2)"), "%s commissions %q from a third-sector or private provider to discharge its own functions, so the service is provided by %s: the module reads \"provided by\" in s.7(1) and s.8(2) to cover the services a body provides directly or commissions (guidance para 44; appendix B step 3: \"all services provided directly or commissioned\")",
				words.Capitalise(s.CommissionedBy.Name()), name, s.CommissionedBy.Name())
		}
		joint()
		return true
	case kind == KindScottishMinisters && s.PrisonsActFunction:
		if withReasons {
			reason(part3.Act("7(2)"), "the Scottish Ministers provide %q in exercising their functions under the Prisons (Scotland) Act 1989", name)
		}
		joint()
		return true
	case kind == KindOtherServiceProvider:
		e, _ := law.register.Lookup(string(s.Provider), on)
		if withReasons {
			reason(part3.Act("7(2)"), "%s, an other service provider listed in s.7(1), provides %q", e.Name, name)
		}
		joint()
		return true
	case kind == KindLocalAuthority, kind == KindRelevantHealthBoard:
		if withReasons {
			reason(part3.Act("7(2)"), "%s provides %q", s.Provider.Name(), name)
		}
		joint()
		return true
	case len(in) > 0:
		// The lead is no s.7(2) person, but a joint provider is.
		switch {
		case kind == KindScottishMinisters:
			if withReasons {
				reason(part3.Act("7(2)"), "the Scottish Ministers, who lead %q, do so other than in exercising their functions under the Prisons (Scotland) Act 1989, so not as a s.7(2) person", name)
			}
		case kind == KindOtherOrganisation:
			if withReasons {
				reason(part3.Act("7(2)"), "the organisation that leads %q is not a s.7(2) person, and no local authority or health board is said to commission it", name)
			}
		default:
			if withReasons {
				reason(part3.Act("7(2)"), "%q, which leads %q, is not listed as an other service provider in s.7(1) on %s", string(s.Provider), name, on)
			}
		}
		joint()
		return true
	}
	// No s.7(2) person provides it.
	switch {
	case kind == KindScottishMinisters:
		if withReasons {
			reason(part3.Act("7(2)"), "the Scottish Ministers provide %q other than in exercising their functions under the Prisons (Scotland) Act 1989, so it is neither a children's service nor a related service", name)
		}
	case kind == KindOtherOrganisation:
		if withReasons {
			reason(part3.Act("7(2)"), "%q is provided by an organisation that is not the local authority, the relevant health board, an other service provider or the Scottish Ministers (Prisons (Scotland) Act 1989), and no local authority or health board is said to commission it to discharge its own functions, so it is neither a children's service nor a related service", name)
		}
	case s.Provider.IsZero():
		if withReasons {
			reason(part3.Act("7(2)"), "no provider is given for %q, so it cannot be a children's service or a related service", name)
		}
	default:
		if withReasons {
			reason(part3.Act("7(2)"), "%q is provided by %q, which is not listed as an other service provider in s.7(1) on %s, so it is neither a children's service nor a related service", name, string(s.Provider), on)
		}
	}
	for _, why := range out {
		if withReasons {
			reason(part3.Act("7(2)"), "%s", why)
		}
	}
	if kind == KindOtherOrganisation && (s.WhollyOrMainlyForChildren || s.SignificantEffectOnWellbeing) {
		if withReasons {
			reason(part3.Act("10(2)(b)"), "it would be a children's service or a related service if one of those provided it, so the organisation is one the local authority and relevant health board must consult on the plan (s.10(1)(b)(i))")
		}
	}
	return false
}
