package duty

import (
	"fmt"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/internal/words"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// PlanService names a service of a children's services plan: the plan's ID
// for it and its name.
type PlanService struct {
	// ID is the plan's ID for the service, such as "S12". Required.
	ID string `json:"id"`
	// Name is the service's name as the plan gives it.
	Name string `json:"name,omitzero"`
}

// ImplementationQuestion asks whether the section 12(1) duty binds a
// provider, on a date, to provide a service in accordance with a plan. Its
// JSON form has snake_case keys.
type ImplementationQuestion struct {
	// Council is the council area whose plan it is. Required.
	Council service.Council `json:"council"`
	// Period is the three-year period to which the plan relates. Required.
	Period period.PlanPeriod `json:"period"`
	// On is the date asked about. Required.
	On period.Date `json:"on"`
	// Provider is who provides the service according to the plan, in the
	// text form of [service.Provider]. Required.
	Provider service.Provider `json:"provider"`
	// PrisonsFunction, for the Scottish Ministers, says that they provide
	// the service in exercise of their functions under the Prisons
	// (Scotland) Act 1989 (s.7(2)); Part 3 covers no other service of
	// theirs. Ignored for other providers.
	PrisonsFunction bool `json:"prisons_function,omitzero"`
	// CommissionedBy, for a service of provider "other-organisation", is
	// the body that commissions it from that third-sector or private
	// provider to discharge its own functions: "local-authority" or
	// "relevant-health-board". The service is then that body's, and so is
	// the duty (see [service.Service]).
	CommissionedBy service.Provider `json:"commissioned_by,omitzero"`
	// JointProviders are the other providers that deliver the service
	// jointly with Provider, as the plan lists them. Provider may be the
	// lead or any of them: section 12(1) binds each for its part.
	JointProviders []service.JointProvider `json:"joint_providers,omitzero"`
	// Service is the service, and so the matter, asked about. Its ID is
	// required.
	Service PlanService `json:"service"`
	// AdverseToChildWellbeing records that the provider considers that
	// complying with the plan would adversely affect the wellbeing of a
	// child (s.12(3)(a)). The test is the provider's own view.
	AdverseToChildWellbeing bool `json:"adverse_to_child_wellbeing,omitzero"`
	// WellbeingReason says why, in the provider's words, where it has
	// given a reason. Optional.
	WellbeingReason string `json:"wellbeing_reason,omitzero"`
	// Notices are notices of disagreement that may bear on the service.
	// Each is checked with [consult.NoticeOfDisagreement.JudgeAgainstPlan]:
	// only a notice with legal effect, published by On, about this plan
	// (and this version of it), counts, and only for the matters it names.
	Notices []consult.NoticeOfDisagreement `json:"notices,omitzero"`
	// PlanVersion is the version ID of the plan asked about, as the plan
	// gives it. Optional. A notice counts only for the version of the plan
	// it concerns: a revised plan is treated as a new plan (guidance para
	// 119), and a notice does not carry to a revision. With PlanVersion, a
	// notice must name that version to count (one that names no version
	// cannot be matched to it, since the question does not say whether the
	// version is a revision, or when it was prepared); without it, a notice
	// that names a version cannot be matched to the plan and does not
	// count, and one that names none is taken to concern the plan asked
	// about.
	PlanVersion string `json:"plan_version,omitzero"`
	// Plan, when not zero, is the whole plan the notices are checked
	// against. When zero, they are checked against a plan built from
	// Council, Period, PlanVersion and Service, so that a matter about
	// another service of the plan is judged only as "not this service". It
	// has no JSON form.
	Plan consult.PlanServices `json:"-"`
}

// planVersion is the version of the plan the question asks about, as far
// as it says: with PlanVersion, a version whose ID is known but not
// whether it is a revision, so that a notice naming no version cannot be
// matched to it; without it, the plan as first prepared, as before
// versions were asked about.
func (q ImplementationQuestion) planVersion() consult.PlanVersion {
	if q.PlanVersion == "" {
		return consult.PlanVersion{}
	}
	return consult.PlanVersion{ID: q.PlanVersion, Revision: consult.RevisionUnknown}
}

// implementation-decision condition IDs, reported in Decision.DecidedBy
// when the duty does not arise.
const (
	// CondNotBound: the provider is not one of the persons section 12(1)
	// binds.
	CondNotBound = "not-bound"
	// CondBeforePeriod: the date is before the plan's period begins.
	CondBeforePeriod = "before-plan-period"
	// CondAfterPeriod: the date is after the plan's period ends.
	CondAfterPeriod = "after-plan-period"
	// CondIncomplete: the question lacks a value the decision needs.
	CondIncomplete = "incomplete-question"
)

// DecideImplementation decides whether the duty in section 12(1) binds the
// provider to provide the service in accordance with the plan on q.On,
// under law. Section 12(1), as guidance para 120 puts it:
//
//	during the period to which the Children's Services Plan relates, the
//	local authority, relevant health board, "other service providers" and
//	Scottish Ministers (in exercising functions under the Prisons
//	(Scotland) Act 1989) must, so far as reasonably practicable, provide
//	children's and related services in accordance with the plan.
//
// and its exceptions, section 12(3) (guidance para 121):
//
//	(a) the person providing the service considers that to comply with the
//	plan would adversely affect the wellbeing of a child; or
//	(b) a notice of disagreement (made under section 10(8)) has been
//	published about a matter.
//
// The default is that the duty applies. It does not arise for a provider
// outside section 12(1), or on a date outside the plan's period; the
// decision says which. Exception (b) counts only a notice with legal effect
// under [consult.NoticeOfDisagreement.JudgeAgainstPlan], published on or
// before q.On and on or before the as-of date of ctx,
// and only for the matters it names: a notice about another service leaves
// the duty in place for this one. Whether providing the service as the
// plan says is "reasonably practicable" is not decided here.
//
// It is an error only if ctx is not valid ([judgement.Context.Validate]).
func DecideImplementation(q ImplementationQuestion, ctx judgement.Context) (Decision, error) {
	if err := ctx.Validate(); err != nil {
		return Decision{}, err
	}
	law := ctx.MustLaw()
	return decideImplementation(q, ctx, law), nil
}

func decideImplementation(q ImplementationQuestion, judged judgement.Context, law service.Law) Decision {
	d := mustLookup("s12-implementation")
	x := newDecider(d)
	s12 := d.Citation
	if q.On.IsValid() {
		x.dec.Law = judged.Version(q.On)
	}

	switch {
	case !q.Council.IsValid(), !q.Period.IsValid(), !q.On.IsValid(), q.Provider.IsZero(), strings.TrimSpace(q.Service.ID) == "":
		x.notArising(CondIncomplete, "The question must name the council area, the plan's period, the date, the provider and the service's ID", s12)
		return x.decide()
	}

	if x.beforePart3(q.On, "section 12 bound no one to provide services in accordance with a plan") {
		return x.decide()
	}

	// A commissioned service is the commissioning body's: so is the duty.
	if !q.CommissionedBy.IsZero() {
		if err := q.asService().Validate(); err != nil {
			x.notArising(CondIncomplete, "The question's commissioning body is not one the duty can fall on: "+err.Error(), s12)
			return x.decide()
		}
		x.because(fmt.Sprintf("The service is provided by another organisation, which %s commissions to discharge its own functions: the module reads it as %s's service (\"provided by\" it: guidance para 44; appendix B step 3, \"all services provided directly or commissioned\"), so the duty falls on %s; the organisation itself is not one of the persons section 12(1) binds",
			q.CommissionedBy.Name(), q.CommissionedBy.Name(), q.CommissionedBy.Name()), s12)
		q.Provider, q.PrisonsFunction = q.CommissionedBy, false
	}

	// Who section 12(1) binds.
	who := providerWords(q.Provider)
	board, hasBoard := q.Council.IntegrationJointBoard()
	if q.Provider == service.ProviderIntegrationJointBoard && hasBoard {
		who = board.Name()
	}
	switch kind := law.ProviderKind(q.Provider, q.On); {
	case kind == service.KindOtherServiceProvider && q.Provider == service.ProviderIntegrationJointBoard && !hasBoard:
		x.notArising(CondNotBound,
			fmt.Sprintf("%s has no integration joint board (it uses the lead agency model), so no integration joint board is an other service provider for its area, and section 12(1) binds none to provide services in accordance with its plan", q.Council.Name()),
			part3.Act("7(1)"))
		return x.decide()
	case kind == service.KindOtherServiceProvider && q.Provider == service.ProviderIntegrationJointBoard && law.Section60InForce(q.On):
		x.because(fmt.Sprintf("From %s section 60 of the %s makes %s a lead children's services planning body for %s with the local authority and the relevant health board, whom section 12(1) binds; the board is taken to be bound with them. %s",
			law.Section60Commencement(), service.Act2026, board.Name(), q.Council.Name(),
			service.Section60Assumption("the board is bound by section 12(1) as a lead body (section 12)")), service.Section60())
	case kind == service.KindOtherServiceProvider && q.Provider == service.ProviderIntegrationJointBoard:
		x.because(fmt.Sprintf("%s, the integration joint board for %s, is an other service provider for the area, one of the persons section 12(1) binds", board.Name(), q.Council.Name()), s12)
	case kind == service.KindScottishMinisters && !q.PrisonsFunction:
		x.notArising(CondNotBound,
			"The Scottish Ministers are bound only as to services they provide in exercise of their functions under the Prisons (Scotland) Act 1989, and this service is not said to be one",
			part3.Act("7(2)"))
		return x.decide()
	case kind.IsPart3():
		x.because(fmt.Sprintf("%s %s one of the persons section 12(1) binds: the local authority, the relevant health board, each other service provider and the Scottish Ministers in exercising functions under the Prisons (Scotland) Act 1989", capitalise(who), verb(q.Provider, "is", "are")), s12)
	default:
		x.notArising(CondNotBound,
			fmt.Sprintf("%s is not one of the persons section 12(1) binds (the local authority, the relevant health board, the other service providers, and the Scottish Ministers in exercising functions under the Prisons (Scotland) Act 1989), so the duty does not arise for it", capitalise(who)),
			s12)
		return x.decide()
	}

	// When.
	switch {
	case q.On.Before(period.FirstPeriodStart()):
		x.notArising(CondBeforePeriod,
			fmt.Sprintf("%s; the duty applies only during the period to which a plan relates (the %s plan's runs from %s to %s), so it did not arise", firstPeriodWords(q.On), q.Period, q.Period.Start(), q.Period.End()), s12)
		return x.decide()
	case q.On.Before(q.Period.Start()):
		x.notArising(CondBeforePeriod,
			fmt.Sprintf("On %s the period to which the %s plan relates has not begun (it runs from %s to %s); the duty applies only during that period", q.On, q.Period, q.Period.Start(), q.Period.End()), s12)
		return x.decide()
	case q.On.After(q.Period.End()):
		x.notArising(CondAfterPeriod,
			fmt.Sprintf("On %s the period to which the %s plan relates has ended (it ran from %s to %s); the duty applies only during that period", q.On, q.Period, q.Period.Start(), q.Period.End()), s12)
		return x.decide()
	}
	x.because(fmt.Sprintf("%s falls within the period to which the %s plan relates (%s to %s)", q.On, q.Period, q.Period.Start(), q.Period.End()), s12)

	// The default.
	if len(q.JointProviders) > 0 {
		x.because(fmt.Sprintf("%s provides %s jointly with %s; each provider of a service is bound to provide it in accordance with the plan, for its own part",
			capitalise(who), serviceWords(q.Service), jointWords(q.JointProviders)), s12)
		x.because(fmt.Sprintf("So, by default, %s must provide %s part of %s in accordance with the plan, so far as reasonably practicable", who, verb(q.Provider, "its", "their"), serviceWords(q.Service)), s12)
	} else {
		x.because(fmt.Sprintf("So, by default, %s must provide %s in accordance with the plan, so far as reasonably practicable", who, serviceWords(q.Service)), s12)
	}

	// Exception (a).
	if q.AdverseToChildWellbeing {
		text := fmt.Sprintf("%s %s that complying with the plan would adversely affect the wellbeing of a child", capitalise(who), verb(q.Provider, "considers", "consider"))
		if r := strings.TrimSpace(q.WellbeingReason); r != "" {
			text += fmt.Sprintf(" (%q)", r)
		}
		x.except("child-wellbeing", text+", so the duty does not apply")
		return x.decide()
	}
	x.exceptNot("child-wellbeing", fmt.Sprintf("%s %s not said that %s complying with the plan would adversely affect the wellbeing of a child",
		capitalise(who), verb(q.Provider, "has", "have"), verb(q.Provider, "it considers", "they consider")))

	// Exception (b).
	if len(q.Notices) == 0 {
		x.exceptNot("notice-of-disagreement", "No notice of disagreement about this matter has been published under section 10(8)")
		return x.decide()
	}
	plan := q.Plan
	if plan.IsZero() {
		plan = consult.PlanServices{
			Councils: []service.Council{q.Council},
			Period:   q.Period,
			Version:  q.planVersion(),
			Services: []consult.PlanService{{ID: q.Service.ID, Name: q.Service.Name, Provider: q.Provider,
				PrisonsActFunction: q.PrisonsFunction, IntegrationJointBoard: board, JointProviders: q.JointProviders}},
		}
	}
	// A notice counts if it is published by q.On, and by the as-of date:
	// one dated later has not been published yet.
	ctx := judged
	ctx.AsOf = period.MinDate(q.On, judged.AsOf)
	for i, n := range q.Notices {
		res, err := n.JudgeAgainstPlan(plan, ctx)
		if err != nil {
			x.notArising(CondIncomplete, err.Error(), s12)
			return x.decide()
		}
		issuer := capitalise(providerWords(n.Issuer))
		if m, ok := matterAbout(res, q.Service); ok {
			x.except("notice-of-disagreement", fmt.Sprintf(
				"%s published a notice of disagreement under section 10(8) on %s about this service (%q); the notice has legal effect, so the duty does not apply in relation to that matter",
				issuer, n.Published.Date, strings.TrimSpace(m.Matter.Aspect)))
			x.note("The exception covers the matter the notice names. Any other aspect of the service's provision in the plan is still subject to the duty.")
			return x.decide()
		}
		why, cite := whyNotCounted(res, q.Service)
		if cite == part3.Act("12(3)(b)") {
			x.because(fmt.Sprintf("Notice %d, from %s, %s", i+1, issuerWords(n.Issuer), why), cite)
		} else {
			x.because(fmt.Sprintf("Notice %d does not count: %s", i+1, why), cite)
		}
	}
	x.exceptNot("notice-of-disagreement", "No notice of disagreement with legal effect about this matter has been published under section 10(8)")
	return x.decide()
}

// matterAbout returns the effective matter of a checked notice that
// concerns service s.
func matterAbout(res consult.NoticeResult, s PlanService) (consult.MatterResult, bool) {
	if !res.HasLegalEffect() {
		return consult.MatterResult{}, false
	}
	for _, m := range res.EffectiveMatters() {
		if sameService(m, s) {
			return m, true
		}
	}
	return consult.MatterResult{}, false
}

func sameService(m consult.MatterResult, s PlanService) bool {
	if m.ServiceID != "" {
		return m.ServiceID == s.ID
	}
	return s.Name != "" && strings.EqualFold(strings.Join(strings.Fields(m.Matter.ServiceName), " "), strings.Join(strings.Fields(s.Name), " "))
}

// whyNotCounted explains why a checked notice does not disapply the duty
// for service s, with the provision that makes it so: the first
// notice-level finding, or that its matters are about other services, or
// the finding on the matter about s.
func whyNotCounted(res consult.NoticeResult, s PlanService) (string, part3.Citation) {
	about := -1
	for _, m := range res.Matters {
		if sameService(m, s) {
			about = m.Index
			break
		}
	}
	// A finding on the notice as a whole, or on the matter about s.
	for _, f := range res.Findings {
		if !strings.HasPrefix(f.Path, "/matters/") || about >= 0 && strings.HasPrefix(f.Path+"/", part3.Pointer("matters", about)+"/") {
			return lowerFirst(strings.TrimSuffix(f.Message, ".")), f.Citation
		}
	}
	if about < 0 {
		return "is about other matters, not this service; a notice disapplies the duty only for the matters it names", part3.Act("12(3)(b)")
	}
	return "its matter about this service has no legal effect", part3.Act("10(8)")
}

// verb picks the singular or plural form for provider p: the Scottish
// Ministers are plural.
func verb(p service.Provider, singular, plural string) string {
	if p == service.ProviderScottishMinisters {
		return plural
	}
	return singular
}

func lowerFirst(s string) string {
	if len(s) > 1 && s[0] >= 'A' && s[0] <= 'Z' && !(s[1] >= 'A' && s[1] <= 'Z') {
		return strings.ToLower(s[:1]) + s[1:]
	}
	return s
}

// capitalise upper-cases s's first letter if it is an ASCII one. It is not
// [words.Capitalise], which upper-cases a letter of any script with
// unicode.ToUpper: the names people give (an assistance question's Name,
// and consult's reasons that quote it) reach it, and for some of those
// unicode.ToUpper is no capital to begin a sentence with: a Georgian
// letter takes its Mtavruli form, which Georgian does not use so, and a
// title-case digraph ("ǅ") becomes all capitals ("Ǆ"). A name that begins
// with a small letter outside ASCII ("élan") is left as given.
func capitalise(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// providerWords names a provider as people refer to it.
func providerWords(p service.Provider) string {
	switch p {
	case service.ProviderPoliceScotland:
		return "Police Scotland"
	case service.ProviderIntegrationJointBoard:
		return "the integration joint board"
	case service.ProviderOtherOrganisation:
		return "an organisation that is not a provider under Part 3 (such as a charity or housing association)"
	case "":
		return "an unnamed provider"
	}
	if n := p.Name(); n != "" {
		return n
	}
	return fmt.Sprintf("%q", string(p))
}

// issuerWords names the issuer of a notice.
func issuerWords(p service.Provider) string {
	if p == service.ProviderOtherOrganisation {
		return "an organisation that is neither an other service provider nor the Scottish Ministers"
	}
	return providerWords(p)
}

func serviceWords(s PlanService) string {
	if s.Name != "" {
		return fmt.Sprintf("service %s (%s)", s.ID, s.Name)
	}
	return "service " + s.ID
}

// asService is the question's service as package service describes it,
// to check its providers.
func (q ImplementationQuestion) asService() service.Service {
	name := q.Service.Name
	if strings.TrimSpace(name) == "" {
		name = q.Service.ID
	}
	return service.Service{ID: q.Service.ID, Name: name, Provider: q.Provider, PrisonsActFunction: q.PrisonsFunction,
		CommissionedBy: q.CommissionedBy, JointProviders: q.JointProviders}
}

// jointWords names the joint providers of a service.
func jointWords(js []service.JointProvider) string {
	names := make([]string, len(js))
	for i, j := range js {
		names[i] = providerWords(j.Provider)
		if j.IntegrationJointBoard.IsValid() {
			names[i] = j.IntegrationJointBoard.Name()
		}
		if r := strings.TrimSpace(j.Role); r != "" {
			names[i] += " (" + r + ")"
		}
	}
	return words.And(names)
}
