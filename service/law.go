package service

import (
	"fmt"
	"slices"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/period"
)

// Act2026 is the short title of the Act whose section 60 (prospective)
// makes the relevant integration joint board a third lead children's
// services planning body.
const Act2026 = "Children (Care, Care Experience and Services Planning) (Scotland) Act 2026"

// Section60 is the citation of section 60 of the 2026 Act, "Lead
// children's services planning bodies".
var Section60 = part3.Legislation(Act2026, "s.60")

// Section60Assumption says, for a message, that what the message holds of
// the relevant integration joint board under section 60 of the 2026 Act
// (that the board approves the plan, publishes the annual report, is bound
// by section 12) is the module's reading of section 60, not its confirmed
// words: of section 60 only subsection (1) and the opening of subsection
// (2), the definitions it inserts into section 7, were retrieved, not the
// amendments subsections (3) to (12) make to the sections that follow.
// what completes "That ..." and names the section the reading concerns,
// as in "the board approves the plan (section 8)".
func Section60Assumption(what string) string {
	return "That " + what + " is the module's reading of section 60 of the " + Act2026 +
		": of section 60 only the definitions it inserts into section 7 (subsection (2)) were retrieved, not the amendments its subsections (3) to (12) make to the sections that follow"
}

// Law is the version of Part 3 a caller applies: the register of other
// service providers (with any s.7(5) orders), any s.7(3) orders including
// or excluding services from the definitions, and the commencement date of
// section 60 of the 2026 Act (zero: not commenced).
//
// [DefaultLaw] is the law as it stands with no order made and section 60
// not commenced. A Law is an immutable value: its With methods return a new
// Law, so one Law is safe to share between goroutines. The zero Law is
// DefaultLaw.
type Law struct {
	register     Register
	orders       []ServiceOrder // sorted by Effective, stable
	leadBodiesOn period.Date
}

// DefaultLaw returns Part 3 as it stands with no order under s.7(3) or
// s.7(5) made and section 60 of the 2026 Act not commenced.
func DefaultLaw() Law { return Law{} }

// Register returns the register of other service providers the Law uses.
func (l Law) Register() Register { return l.register }

// WithRegister returns a copy of l using register r.
func (l Law) WithRegister(r Register) Law {
	l.register = r
	return l
}

// WithRegisterChange returns a copy of l with the s.7(5) change ch applied
// to its register; see [Register.Apply].
func (l Law) WithRegisterChange(ch RegisterChange) (Law, error) {
	r, err := l.register.Apply(ch)
	if err != nil {
		return l, err
	}
	l.register = r
	return l, nil
}

// Section60Commencement returns the date section 60 of the 2026 Act comes
// into force under l, or the zero date if it has not been commenced.
func (l Law) Section60Commencement() period.Date { return l.leadBodiesOn }

// WithSection60Commencement returns a copy of l in which section 60 of the
// 2026 Act is in force from d. The zero date means not commenced.
func (l Law) WithSection60Commencement(d period.Date) Law {
	l.leadBodiesOn = d
	return l
}

// Section60InForce reports whether section 60 of the 2026 Act is in force
// on d under l.
func (l Law) Section60InForce(d period.Date) bool {
	return l.leadBodiesOn.IsValid() && !d.Before(l.leadBodiesOn)
}

// ServiceOrders returns l's s.7(3) orders in order of effective date. The
// slice is new on each call.
func (l Law) ServiceOrders() []ServiceOrder { return slices.Clone(l.orders) }

// WithServiceOrder returns a copy of l with the s.7(3) order o, in force
// from o.Effective. It is an error if o has no valid effect or effective
// date, no title, or no Covers function.
func (l Law) WithServiceOrder(o ServiceOrder) (Law, error) {
	switch {
	case !o.Effect.IsValid():
		return l, fmt.Errorf("s.7(3) order %q: the effect must be one of %s", o.Title, strings.Join(effectNames[1:], ", "))
	case !o.Effective.IsValid():
		return l, fmt.Errorf("s.7(3) order %q: the effective date is not set", o.Title)
	case strings.TrimSpace(o.Title) == "":
		return l, fmt.Errorf("s.7(3) order: the title is empty")
	case o.Covers == nil:
		return l, fmt.Errorf("s.7(3) order %q: Covers is nil", o.Title)
	}
	next := make([]ServiceOrder, 0, len(l.orders)+1)
	next = append(next, l.orders...)
	i := len(next)
	for i > 0 && next[i-1].Effective.After(o.Effective) {
		i--
	}
	l.orders = slices.Insert(next, i, o)
	return l, nil
}

// ProviderKind returns p's kind on date d under l: an ID listed in the
// register on d is KindOtherServiceProvider, an ID removed from it or never
// listed is the zero kind, and the other forms are as [Provider.Kind].
func (l Law) ProviderKind(p Provider, d period.Date) ProviderKind {
	switch p {
	case ProviderLocalAuthority, ProviderRelevantHealthBoard, ProviderScottishMinisters, ProviderOtherOrganisation:
		return p.Kind()
	}
	if _, ok := l.register.Lookup(string(p), d); ok {
		return KindOtherServiceProvider
	}
	return 0
}

// OrderEffect is what an order under s.7(3) does: include a service (or a
// matter relating to one) in, or exclude it from, the definition of
// "children's service" or "related service". Text forms
// "include-childrens-service", "exclude-childrens-service",
// "include-related-service", "exclude-related-service".
type OrderEffect uint8

// The effects of a s.7(3) order.
const (
	IncludeChildrensService OrderEffect = iota + 1
	ExcludeChildrensService
	IncludeRelatedService
	ExcludeRelatedService
)

var effectNames = [...]string{"", "include-childrens-service", "exclude-childrens-service", "include-related-service", "exclude-related-service"}

// IsValid reports whether e is one of the four effects.
func (e OrderEffect) IsValid() bool {
	return e >= IncludeChildrensService && e <= ExcludeRelatedService
}

// String returns the text form, "" for the zero value.
func (e OrderEffect) String() string {
	if int(e) < len(effectNames) {
		return effectNames[e]
	}
	return fmt.Sprintf("OrderEffect(%d)", uint8(e))
}

// ServiceOrder is an order made by the Scottish Ministers under s.7(3)
// specifying services (or matters relating to services) to be included in
// or excluded from the definition of "children's service" or "related
// service". None has been made (guidance para 37); callers supply one when
// it is.
//
// Covers says which services the order specifies. When Matter is set the
// order concerns that matter within the services Covers reports, not the
// services as a whole: the service's kind is unchanged and the
// classification records the matter as included or excluded.
//
// An order does not change who the providers are (that is s.7(2) and
// s.7(5)): a service whose provider is not a s.7(2) person stays outside
// Part 3 whatever an order says.
type ServiceOrder struct {
	// Title names the order, such as "the Children's Services (Definitions)
	// (Scotland) Order 2027".
	Title string
	// Citation cites the instrument (part3.Legislation("SSI 2027/12", "")).
	Citation part3.Citation
	// Effective is the date the order comes into force.
	Effective period.Date
	// Effect is what the order does.
	Effect OrderEffect
	// Matter, if set, is the matter relating to the services that the order
	// includes or excludes.
	Matter string
	// Covers reports whether the order specifies service s.
	Covers func(s Service) bool
}

// Version describes the version of Part 3 that l applies on date d: what is
// in force and what is not.
func (l Law) Version(d period.Date) Version {
	v := Version{On: d}
	add := func(text string, c part3.Citation) {
		v.Provisions = append(v.Provisions, Provision{Text: text, Citation: c})
	}
	add("Part 3 of the Children and Young People (Scotland) Act 2014 (ss.7-17)", part3.Act("7"))
	changes := 0
	for _, c := range l.register.Changes() {
		if c.Effective.After(d) {
			break
		}
		changes++
		add(fmt.Sprintf("order under s.7(5) effective %s: %s %s", c.Effective, c.Action, c.Entry.ID), c.Order)
	}
	if changes == 0 {
		add("other service providers as listed in the statutory guidance, no order under s.7(5) in force (the wording and source of the integration joint board entry are unconfirmed; a caller may vary the register with a dated change)", part3.GuidancePara(135))
	}
	orders := 0
	for _, o := range l.orders {
		if o.Effective.After(d) {
			break
		}
		orders++
		add(fmt.Sprintf("order under s.7(3) effective %s: %s (%s)", o.Effective, o.Title, o.Effect), o.Citation)
	}
	if orders == 0 {
		add("no order under s.7(3) in force", part3.Act("7(3)"))
	}
	switch {
	case l.Section60InForce(d):
		add(fmt.Sprintf("section 60 of the %s in force from %s: the relevant integration joint board is a lead children's services planning body", Act2026, l.leadBodiesOn), Section60)
	case l.leadBodiesOn.IsValid():
		add(fmt.Sprintf("section 60 of the %s not yet in force (commences %s)", Act2026, l.leadBodiesOn), Section60)
	default:
		add(fmt.Sprintf("section 60 of the %s not in force", Act2026), Section60)
	}
	return v
}

// Version is the version of the law an answer applied: the date and the
// provisions, amendments and orders in force on it. Its JSON keys are on
// and provisions.
type Version struct {
	On         period.Date `json:"on"`
	Provisions []Provision `json:"provisions"`
}

// Provision is one line of a [Version]: what is (or is not) in force, and
// its citation.
type Provision struct {
	Text     string         `json:"text"`
	Citation part3.Citation `json:"citation,omitzero"`
}

// String formats v on one line: "the law on DATE: a; b; c".
func (v Version) String() string {
	parts := make([]string, len(v.Provisions))
	for i, p := range v.Provisions {
		parts[i] = p.Text
	}
	on := v.On.String()
	if on == "" {
		on = "(no date)"
	}
	return "the law on " + on + ": " + strings.Join(parts, "; ")
}
