package consult

import (
	"fmt"
	"slices"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/internal/words"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// PlanServices is the view of a children's services plan that checking a
// notice of disagreement against it needs: the partnership's council areas,
// the plan's three-year period, which version of the plan it is, and its
// services with their providers. The plan package builds one from a plan
// document; a caller may build one by hand. The zero PlanServices means no
// plan.
type PlanServices struct {
	// Councils are the council areas the plan covers.
	Councils []service.Council
	// Period is the plan's three-year period.
	Period period.PlanPeriod
	// Version says which version of the plan this is. The zero PlanVersion
	// is the plan as first prepared, with no version ID.
	Version PlanVersion
	// Services are the services the plan covers.
	Services []PlanService
}

// PlanVersion identifies one version of a plan, as far as checking a
// notice against it needs: a revised plan is treated as a new plan
// (guidance para 119), and a notice concerns one version only.
type PlanVersion struct {
	// ID is the version's ID, such as "fife-csp-2023-2026-v2"; "" when the
	// plan gives none.
	ID string
	// Revision is 0 for the plan as first prepared, n for its nth
	// revision (s.11(1)(b)), and [RevisionUnknown] where the caller knows
	// the version's ID but not whether it is a revision.
	Revision int
	// Revises is, for a revision, the ID of the version it revises.
	Revises string
	// Prepared is the day this version was prepared; the zero Date when it
	// is not known.
	Prepared period.Date
}

// RevisionUnknown is the Revision of a [PlanVersion] whose ID is known
// but not whether it is the plan as first prepared or a revision of it.
// A notice that names no version cannot then be matched to it.
const RevisionUnknown = -1

// IsZero reports whether p holds no plan.
func (p PlanServices) IsZero() bool {
	return len(p.Councils) == 0 && p.Period.IsZero() && p.Version == PlanVersion{} && len(p.Services) == 0
}

// PlanService is one service of a plan: its ID in the plan, its name, and
// who provides it.
type PlanService struct {
	ID       string
	Name     string
	Provider service.Provider
	// PrisonsActFunction records, for a service of the Scottish Ministers,
	// that the plan records it as provided in exercising their functions
	// under the Prisons (Scotland) Act 1989, the only services of theirs
	// within Part 3 (s.7(2)(d)). A notice of the Ministers can concern only
	// such a service (s.10(8), guidance para 108).
	PrisonsActFunction bool
	// IntegrationJointBoard names the board that provides a service of
	// provider "integration-joint-board". It may be left zero where the
	// plan's council areas have one board; where they have several, a
	// board's notice can concern the service only if the plan names the
	// board.
	IntegrationJointBoard service.IntegrationJointBoard
	// JointProviders are the providers that deliver the service together
	// with Provider. A notice of any of them may concern the service: it is
	// a service provided by each (s.10(8)).
	JointProviders []service.JointProvider
}

// providedBy returns the view of s as provided by issuer: s itself when
// issuer is its provider, or else the joint provider that issuer is (for
// an integration joint board, the one the issuing board is, or one that
// names no board); false when issuer provides no part of it.
func (s PlanService) providedBy(issuer service.Provider, board service.IntegrationJointBoard) (PlanService, bool) {
	if s.Provider == issuer {
		return s, true
	}
	var found PlanService
	ok := false
	for _, j := range s.JointProviders {
		if j.Provider != issuer || ok && (j.IntegrationJointBoard.IsZero() || j.IntegrationJointBoard != board) {
			continue
		}
		found, ok = PlanService{ID: s.ID, Name: s.Name, Provider: j.Provider,
			PrisonsActFunction: j.PrisonsActFunction, IntegrationJointBoard: j.IntegrationJointBoard}, true
	}
	return found, ok
}

// providersWords names every provider of s: "Police Scotland and the
// local authority".
func (s PlanService) providersWords() string {
	names := []string{displayName(s.Provider)}
	for _, j := range s.JointProviders {
		if j.IntegrationJointBoard.IsValid() {
			names = append(names, j.IntegrationJointBoard.Name())
		} else {
			names = append(names, displayName(j.Provider))
		}
	}
	return words.And(words.Unique(names))
}

// PlanViewer is implemented by a plan document that can give the view of
// itself a notice check needs.
type PlanViewer interface {
	PlanServices() PlanServices
}

// find returns the plan's service with the given ID or, when id is empty,
// the given name (compared without regard to case or spacing).
func (p PlanServices) find(id, name string) (PlanService, bool) {
	for _, s := range p.Services {
		if id != "" && s.ID == id || id == "" && name != "" && sameName(s.Name, name) {
			return s, true
		}
	}
	return PlanService{}, false
}

func sameName(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

// NoticeResult is the verdict on a notice of disagreement: its findings,
// whether it has legal effect, and which of its matters are effective.
//
// A notice has legal effect when the issuer may issue one, it concerns the
// plan it is checked against, the matters and the reasons are stated and it
// has been published, and at least one of its matters is effective. A
// matter is effective when the notice has legal effect and the matter
// concerns the provision of a service by the issuer (in the plan, when
// checked against one), states the aspect disagreed with and has reasons.
// The exception in section 12(3)(b) to the duty to provide services in
// accordance with the plan rests on notices with legal effect, and only on
// their effective matters.
type NoticeResult struct {
	// Findings are every finding, sorted; each is of severity
	// [part3.Condition] and cites s.10(8): a condition of legal effect the
	// notice does not meet, never a breach by anyone.
	Findings part3.Findings `json:"findings"`
	// Matters has one entry per matter of the notice, in order.
	Matters []MatterResult `json:"matters"`
	// CheckedAgainstPlan reports whether the matters were checked against
	// the plan, rather than taken on the notice's word.
	CheckedAgainstPlan bool `json:"checked_against_plan"`

	void bool // a notice-level requirement failed
}

// MatterResult is the verdict on one matter of a notice.
type MatterResult struct {
	// Index is the matter's position in the notice's matters.
	Index int `json:"index"`
	// Matter is the matter as the notice states it.
	Matter Matter `json:"matter"`
	// ServiceID is the plan's ID for the matter's service: found in the plan
	// when checked against one (a matter may name its service by name
	// only), the matter's own ServiceID otherwise.
	ServiceID string `json:"service_id,omitzero"`
	// Effective reports whether the matter has legal effect.
	Effective bool `json:"effective"`
}

// HasLegalEffect reports whether the notice has legal effect for at least
// one of its matters.
func (r NoticeResult) HasLegalEffect() bool {
	if r.void {
		return false
	}
	for _, m := range r.Matters {
		if m.Effective {
			return true
		}
	}
	return false
}

// EffectiveMatters returns the matters with legal effect, in order; none
// when the notice has no legal effect.
func (r NoticeResult) EffectiveMatters() []MatterResult {
	var out []MatterResult
	for _, m := range r.Matters {
		if m.Effective {
			out = append(out, m)
		}
	}
	return out
}

// The IDs of the rules below, as their findings carry them: select
// findings with [part3.Findings.WithRule], find a rule with [LookupRule].
const (
	RuleNoticeIssuerID        = "consult.notice-issuer"
	RuleNoticeConcernsPlanID  = "consult.notice-concerns-plan"
	RuleNoticePlanVersionID   = "consult.notice-plan-version"
	RuleNoticeMattersStatedID = "consult.notice-matters-stated"
	RuleNoticeReasonsStatedID = "consult.notice-reasons-stated"
	RuleNoticeIssuerServiceID = "consult.notice-issuer-service"
	RuleNoticeServiceInPlanID = "consult.notice-service-in-plan"
	RuleNoticePublishedID     = "consult.notice-published"
)

// The rules a notice of disagreement is checked against. Section 10(8), as
// guidance para 108 puts it:
//
//	where Scottish Ministers (in exercising functions under the Prisons
//	(Scotland) Act 1989) or any of the "other service providers" disagree
//	with the plan in relation to any matter concerning the provision of a
//	service by them, they must prepare and publish (i.e. make public) a
//	notice of their disagreement.
//
// The rules are of severity [part3.Condition]: they are what section 10(8)
// requires of a notice for it to be one, and so for it to have the legal
// effect on which the exception in section 12(3)(b) depends. A finding on a
// notice means that the notice has no legal effect (or, for a rule about
// one matter, none for that matter): it is not a breach of the Act by
// anyone, and never counts as one. The duty in section 10(8) is the
// issuer's, to publish a notice where it disagrees; a statement that does
// not qualify as a notice simply has no effect. Nothing in section 10(8)
// obliges the local authority and the relevant health board to answer a
// notice (guidance para 111), and no rule here asks them to.
//
// The rules were published at statutory severity; their IDs are kept
// because their meaning is unchanged: each has always found a notice, or a
// matter, to have no legal effect, never a breach, and only the severity
// that labelled it was wrong.
var (
	// ruleNoticeIssuer: only an other service provider, or the Scottish
	// Ministers, may issue a notice of disagreement (s.10(8), guidance para
	// 108). A local authority, a health board, a charity or a housing
	// association cannot. An integration joint board is an other service
	// provider only for its own council areas
	// ([service.OtherServiceProvidersFor]): none for Highland, and none
	// once section 60 of the 2026 Act makes it a lead planning body; where
	// the plan's areas have several boards the notice must name the one
	// that issues it (integration_joint_board). That the Scottish
	// Ministers may issue one only in exercising their functions under the
	// Prisons (Scotland) Act 1989 is judged from the matters, by
	// [RuleNoticeIssuerServiceID]. A finding means the notice has no legal
	// effect.
	ruleNoticeIssuer = part3.Rule{ID: RuleNoticeIssuerID, Severity: part3.Condition, Citation: part3.Act("10(8)"),
		Summary: "A notice of disagreement is issued by an other service provider or the Scottish Ministers, and nobody else; otherwise it has no legal effect."}
	// ruleNoticeConcernsPlan: a notice must say which plan it disagrees
	// with (its council areas and three-year period), and a notice checked
	// against a plan must concern that plan: the same period, and council
	// areas the plan covers (s.10(8): "disagree with the plan"). Which
	// version of the plan is [RuleNoticePlanVersionID]'s.
	ruleNoticeConcernsPlan = part3.Rule{ID: RuleNoticeConcernsPlanID, Severity: part3.Condition, Citation: part3.Act("10(8)"),
		Summary: "A notice names the plan it disagrees with (its council areas and period), and one checked against a plan concerns that plan; otherwise it has no legal effect."}
	// ruleNoticePlanVersion: checked against a plan, a notice must concern
	// that version of the plan. Section 10(8) is a notice of disagreement
	// "with the plan", and guidance para 119 reads section 11 so that a
	// revised plan "must essentially be treated like a new plan", to which
	// section 10 applies again: a notice about one version does not carry
	// to its revision, and an issuer that still disagrees must publish a
	// notice about the revised plan. A notice that names a version
	// (plan.version) concerns that version only. A notice that names none
	// concerns the version in force when it was published: the plan as
	// first prepared, or a revision prepared on or before the day of
	// publication. Where the inputs cannot tell which version that was (a
	// revision whose day of preparation is not given, or a plan that gives
	// no version ID against a notice that names one), the finding says so:
	// the notice is not shown to concern the plan, and so is not shown to
	// have legal effect for it. The rule rests on the guidance's reading of
	// section 11, whose words were not retrieved.
	ruleNoticePlanVersion = part3.Rule{ID: RuleNoticePlanVersionID, Severity: part3.Condition, Citation: part3.Act("10(8)"),
		Summary: "Checked against a plan, a notice concerns that version of the plan: a notice about an earlier version does not carry to its revision (guidance para 119)."}
	// ruleNoticeMattersStated: the notice must detail the matters in
	// relation to which the issuer disagrees, that is which aspects of the
	// plan (s.10(8), guidance para 109(a)): at least one matter, each
	// naming its service and the aspect.
	ruleNoticeMattersStated = part3.Rule{ID: RuleNoticeMattersStatedID, Severity: part3.Condition, Citation: part3.Act("10(8)"),
		Summary: "A notice of disagreement states the matters disagreed with, each service and aspect of the plan; a matter that does not has no legal effect."}
	// ruleNoticeReasonsStated: the notice must contain a statement of the
	// issuer's reasons for disagreeing (s.10(8), guidance para 109(b)).
	ruleNoticeReasonsStated = part3.Rule{ID: RuleNoticeReasonsStatedID, Severity: part3.Condition, Citation: part3.Act("10(8)"),
		Summary: "A notice of disagreement states the reasons for disagreeing; without them it has no legal effect."}
	// ruleNoticeIssuerService: each matter must concern the provision of a
	// service by the issuer (s.10(8): "in relation to any matter concerning
	// the provision of a service by them"; guidance para 109: they "may
	// only disagree with an aspect of a plan which relates to a service
	// provided by them"). A service of an integration joint board must be
	// the issuing board's (named in the plan where its areas have several
	// boards).
	//
	// The Scottish Ministers may issue a notice only "in exercising
	// functions under the Prisons (Scotland) Act 1989" (para 108), and
	// their services are within Part 3 only as far as they provide them in
	// exercise of those functions (s.7(2)(d)). Their notice is judged
	// matter by matter, not on a statement of its own: checked against a
	// plan, each matter's service must be one the plan records as provided
	// by the Ministers in exercising those functions; judged without the
	// plan, the judgement context must state a service they provide under
	// that Act in one of the plan's council areas on the day the notice
	// was published ([judgement.Context.PrisonServices]), failing which
	// none of its matters is shown to concern such a service. A finding
	// means the matter (or, for the Ministers without the plan, the
	// notice) has no legal effect.
	ruleNoticeIssuerService = part3.Rule{ID: RuleNoticeIssuerServiceID, Severity: part3.Condition, Citation: part3.Act("10(8)"),
		Summary: "Each matter of a notice of disagreement concerns a service the issuer provides (for the Scottish Ministers, under the Prisons (Scotland) Act 1989); a matter that does not has no legal effect."}
	// ruleNoticeServiceInPlan: checked against a plan, each matter's
	// service must be one of the plan's services: a notice disagrees "with
	// the plan" (s.10(8)).
	ruleNoticeServiceInPlan = part3.Rule{ID: RuleNoticeServiceInPlanID, Severity: part3.Condition, Citation: part3.Act("10(8)"),
		Summary: "Checked against a plan, each matter of a notice names a service in that plan; a matter that does not has no legal effect."}
	// ruleNoticePublished: the issuer must "prepare and publish" the notice
	// (s.10(8)); the manner is theirs to choose (guidance para 109). An
	// unpublished notice, or one dated after the day it is judged on
	// (the as-of date of the judgement), has no legal effect: the finding
	// says the notice is not (yet) published, not that the issuer is in
	// breach.
	ruleNoticePublished = part3.Rule{ID: RuleNoticePublishedID, Severity: part3.Condition, Citation: part3.Act("10(8)"),
		Summary: "A notice of disagreement is published; until it is, it has no legal effect."}
)

func noticeRules() []part3.Rule {
	return []part3.Rule{ruleNoticeIssuer, ruleNoticeConcernsPlan, ruleNoticePlanVersion, ruleNoticeMattersStated,
		ruleNoticeReasonsStated, ruleNoticeIssuerService, ruleNoticeServiceInPlan, ruleNoticePublished}
}

const (
	noEffect       = "; the notice has no legal effect"
	noEffectMatter = "; this matter has no legal effect"
)

// Judge judges the notice on its own terms against section 10(8), as of
// ctx.AsOf (a notice dated to be published after it is not yet published)
// and under the law of ctx (its register of other service providers says
// who may issue a notice on the day it was published), and returns its
// findings and whether it has legal effect (see [NoticeResult]). It is an
// error only if ctx is not valid ([judgement.Context.Validate]): input
// that cannot be read is [DecodeNotice]'s concern, and a notice built in
// code that lacks a required value gets findings, not a panic.
func (n NoticeOfDisagreement) Judge(ctx judgement.Context) (NoticeResult, error) {
	return n.JudgeAgainstPlan(PlanServices{}, ctx)
}

// JudgeAgainstPlan is [NoticeOfDisagreement.Judge] against the plan the
// notice concerns: each matter's service must be in the plan and provided
// there by the issuer. The zero PlanServices judges the notice on its own
// terms.
func (n NoticeOfDisagreement) JudgeAgainstPlan(plan PlanServices, ctx judgement.Context) (NoticeResult, error) {
	if err := ctx.Validate(); err != nil {
		return NoticeResult{}, err
	}
	law := ctx.MustLaw()
	var r NoticeResult
	add := func(void bool, f part3.Finding) {
		r.Findings = append(r.Findings, f)
		r.void = r.void || void
	}

	// Who may issue one.
	board := n.issuingBoard(law)
	switch {
	case !mayIssueNotice(n.Issuer, n.Published.Date, law):
		add(true, ruleNoticeIssuer.Findingf("/issuer",
			"%s cannot issue a notice of disagreement: section 10(8) gives that to the other service providers and to the Scottish Ministers in exercising functions under the Prisons (Scotland) Act 1989 only%s",
			words.Capitalise(issuerWords(n.Issuer)), noEffect))
	case n.Issuer == service.ProviderIntegrationJointBoard && board.problem != "":
		add(true, ruleNoticeIssuer.Finding(board.path, board.problem+noEffect))
	}

	// The plan it concerns.
	if len(n.Plan.Councils) == 0 {
		add(true, ruleNoticeConcernsPlan.Finding("/plan/councils",
			"The notice does not name the council areas whose plan it disagrees with"+noEffect))
	}
	if !n.Plan.Period.IsValid() {
		add(true, ruleNoticeConcernsPlan.Finding("/plan/period",
			"The notice does not name the three-year period of the plan it disagrees with"+noEffect))
	}
	r.CheckedAgainstPlan = !plan.IsZero()
	if r.CheckedAgainstPlan {
		if plan.Period.IsValid() && n.Plan.Period.IsValid() && n.Plan.Period != plan.Period {
			add(true, ruleNoticeConcernsPlan.Findingf("/plan/period",
				"The notice concerns the plan for %s, not the plan for %s it is checked against%s",
				orUnset(n.Plan.Period.String()), plan.Period, noEffect))
		}
		for i, c := range n.Plan.Councils {
			if len(plan.Councils) > 0 && !slices.Contains(plan.Councils, c) {
				add(true, ruleNoticeConcernsPlan.Findingf(part3.Pointer("plan", "councils", i),
					"The notice names %s, which the plan it is checked against does not cover (%s)%s",
					orUnset(c.Name()), councilNames(plan.Councils), noEffect))
			}
		}
		if path, msg := n.versionProblem(plan.Version); msg != "" {
			add(true, ruleNoticePlanVersion.Finding(path, msg))
		}
	} else if n.Issuer == service.ProviderScottishMinisters && len(n.Plan.Councils) > 0 {
		// Without the plan, only the judgement context can show that the
		// Ministers provide a Prisons (Scotland) Act 1989 service in the
		// plan's areas, the only services their notice may concern.
		on := n.Published.Date
		if !on.IsValid() || on.After(ctx.AsOf) {
			on = ctx.AsOf
		}
		if _, ok := ctx.MinistersProvidePrisonService(n.Plan.Councils, on); !ok {
			add(true, ruleNoticeIssuerService.Findingf("/plan/councils",
				"The Scottish Ministers may issue a notice of disagreement only about a service they provide in exercising their functions under the Prisons (Scotland) Act 1989 (s.10(8), s.7(2)(d), guidance para 108), and the judgement context states no such service of theirs in %s on %s, so no matter of the notice is shown to concern one; state the service among the judgement context's prison services, or judge the notice against the plan, which records the Ministers' services%s",
				councilNames(n.Plan.Councils), on, noEffect))
		}
	}

	// The matters and the reasons.
	if len(n.Matters) == 0 {
		add(true, ruleNoticeMattersStated.Finding("/matters",
			"The notice states no matter in relation to which the issuer disagrees: it must detail which aspects of the plan, service by service"+noEffect))
	}
	noticeReasons := strings.TrimSpace(n.Reasons) != ""
	anyReasons := noticeReasons
	for _, m := range n.Matters {
		anyReasons = anyReasons || strings.TrimSpace(m.Reasons) != ""
	}
	if !anyReasons {
		add(true, ruleNoticeReasonsStated.Finding("/reasons",
			"The notice gives no statement of the issuer's reasons for disagreeing"+noEffect))
	}

	// Publication.
	switch {
	case !n.Published.Date.IsValid():
		add(true, ruleNoticePublished.Finding("/published",
			"The notice has not been published: section 10(8) requires the issuer to prepare and publish it, in such manner as it considers appropriate"+noEffect))
	case n.Published.Date.After(ctx.AsOf):
		add(true, ruleNoticePublished.Findingf("/published/date",
			"The notice is to be published on %s, so on %s it has not been published%s", n.Published.Date, ctx.AsOf, noEffect))
	}

	// Each matter.
	for i, m := range n.Matters {
		r.Matters = append(r.Matters, n.checkMatter(i, m, plan, board.board, noticeReasons, anyReasons, r.CheckedAgainstPlan, &r.Findings))
	}
	if r.void {
		for i := range r.Matters {
			r.Matters[i].Effective = false
		}
	}
	r.Findings.Sort()
	return r, nil
}

// checkMatter judges one matter, appending its findings to fs. board is
// the issuing integration joint board, where the issuer is one and it is
// known.
func (n NoticeOfDisagreement) checkMatter(i int, m Matter, plan PlanServices, board service.IntegrationJointBoard, noticeReasons, anyReasons, againstPlan bool, fs *part3.Findings) MatterResult {
	res := MatterResult{Index: i, Matter: m, ServiceID: m.ServiceID, Effective: true}
	fail := func(f part3.Finding) {
		*fs = append(*fs, f)
		res.Effective = false
	}
	at := func(tokens ...any) string { return part3.Pointer(append([]any{"matters", i}, tokens...)...) }

	named := strings.TrimSpace(m.ServiceID) != "" || strings.TrimSpace(m.ServiceName) != ""
	if !named {
		fail(ruleNoticeMattersStated.Finding(at(),
			"The matter names no service: give the plan's service_id or service_name of the service it concerns"+noEffectMatter))
	}
	if strings.TrimSpace(m.Aspect) == "" {
		fail(ruleNoticeMattersStated.Findingf(at("aspect"),
			"The matter does not say which aspect of the plan concerning %s the issuer disagrees with%s", m.service(), noEffectMatter))
	}
	if !noticeReasons && anyReasons && strings.TrimSpace(m.Reasons) == "" {
		fail(ruleNoticeReasonsStated.Findingf(at("reasons"),
			"The notice gives no reasons for disagreeing about %s, here or in its statement of reasons%s", m.service(), noEffectMatter))
	}

	provider := m.Provider
	if againstPlan && named {
		s, ok := plan.find(m.ServiceID, m.ServiceName)
		if !ok {
			fail(ruleNoticeServiceInPlan.Findingf(at(serviceField(m)),
				"The plan has no %s: a notice can disagree only with the plan%s", m.service(), noEffectMatter))
			return res
		}
		res.ServiceID = s.ID
		own, provides := s.providedBy(n.Issuer, board)
		provider = own.Provider
		switch {
		case !provides:
			fail(ruleNoticeIssuerService.Findingf(at(serviceField(m)),
				"The plan has %s provided by %s, not by %s; a notice may disagree only with an aspect of the plan which relates to a service provided by its issuer%s",
				m.service(), s.providersWords(), displayName(n.Issuer), noEffectMatter))
		case provider == service.ProviderScottishMinisters && !own.PrisonsActFunction:
			fail(ruleNoticeIssuerService.Findingf(at(serviceField(m)),
				"The plan records %s as provided by the Scottish Ministers, but not in exercising their functions under the Prisons (Scotland) Act 1989, the only services of theirs within Part 3 (s.7(2)(d)); a notice of theirs may concern only such a service (guidance para 108)%s",
				m.service(), noEffectMatter))
		case provider == service.ProviderIntegrationJointBoard:
			if why := boardServiceProblem(own, board, plan); why != "" {
				fail(ruleNoticeIssuerService.Finding(at(serviceField(m)), fmt.Sprintf(why, m.service())+noEffectMatter))
			}
		}
		return res
	}
	if !provider.IsZero() && provider != n.Issuer {
		fail(ruleNoticeIssuerService.Findingf(at("provider"),
			"The notice says %s is provided by %s, not by %s; a notice may disagree only with an aspect of the plan which relates to a service provided by its issuer%s",
			m.service(), displayName(provider), displayName(n.Issuer), noEffectMatter))
	}
	return res
}

// versionProblem says why the notice is not shown to concern version v of
// the plan it is checked against (ruleNoticePlanVersion), with the path
// the finding points at, or "" when it concerns it.
func (n NoticeOfDisagreement) versionProblem(v PlanVersion) (path, msg string) {
	const carry = "A revised plan is treated as a new plan (guidance para 119): a notice about one version does not carry to its revision, and an issuer that still disagrees must publish a notice about the revised plan"
	const effect = "; the notice has no legal effect for this plan"
	named := strings.TrimSpace(n.Plan.Version)
	this := versionWords(v)
	switch {
	case named != "" && v.ID == named:
		return "", ""
	case named != "" && v.ID == "":
		return "/plan/version", fmt.Sprintf(
			"The notice concerns version %q of the plan, and the plan it is checked against (%s) gives no version ID, so it cannot be told whether it is that version; the notice is not shown to concern this plan, and has no legal effect for it on these inputs. Give the plan's version ID", named, this)
	case named != "" && named == v.Revises:
		return "/plan/version", fmt.Sprintf(
			"The notice concerns version %q of the plan, the version this plan (%s) revises. %s%s", named, this, carry, effect)
	case named != "":
		return "/plan/version", fmt.Sprintf(
			"The notice concerns version %q of the plan, not the version it is checked against (%s). A notice has effect only for the version of the plan it disagrees with: %s%s", named, this, lowerFirst(carry), effect)
	case v.Revision == 0:
		// No version named: the version in force when it was published.
		// The plan as first prepared is taken to be that version; the
		// view says of no later one.
		return "", ""
	case !n.Published.Date.IsValid():
		return "", "" // the notice is unpublished, and has no effect for that reason
	case v.Revision == RevisionUnknown:
		return "/plan", fmt.Sprintf(
			"The notice names no version of the plan, so it concerns the version in force when it was published on %s; the plan it is checked against is %s, and it cannot be told whether that version was in force then. The notice is not shown to concern this plan, and has no legal effect for it on these inputs: give the version the notice concerns", n.Published.Date, this)
	case !v.Prepared.IsValid():
		return "/plan", fmt.Sprintf(
			"The notice names no version of the plan, so it concerns the version in force when it was published on %s; the plan it is checked against is %s, and without the day that revision was prepared it cannot be told whether it was in force then. The notice is not shown to concern this plan, and has no legal effect for it on these inputs: give the version the notice concerns, or the day the revision was prepared", n.Published.Date, this)
	case n.Published.Date.Before(v.Prepared):
		earlier := "the version it revises"
		if v.Revises != "" {
			earlier = fmt.Sprintf("the version it revises (%q)", v.Revises)
		}
		return "/plan", fmt.Sprintf(
			"The notice names no version of the plan, so it concerns the version in force when it was published on %s: %s, not this plan (%s), prepared on %s. %s%s", n.Published.Date, earlier, this, v.Prepared, carry, effect)
	}
	return "", ""
}

// versionWords names a version of a plan for a message.
func versionWords(v PlanVersion) string {
	var s string
	switch {
	case v.Revision == RevisionUnknown:
		return fmt.Sprintf("version %q", v.ID)
	case v.Revision > 0:
		s = fmt.Sprintf("revision %d", v.Revision)
	default:
		s = "the plan as first prepared"
	}
	if v.ID != "" {
		s += fmt.Sprintf(", version %q", v.ID)
	}
	return s
}

// lowerFirst lower-cases the first letter of a sentence.
func lowerFirst(s string) string {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

func serviceField(m Matter) string {
	if m.ServiceID != "" {
		return "service_id"
	}
	return "service_name"
}

// issuer is the issuing integration joint board of a notice, as far as it
// can be told, or the reason it cannot issue one, with the path the
// finding points at.
type issuer struct {
	board   service.IntegrationJointBoard
	problem string
	path    string
}

// issuingBoard resolves the integration joint board that issues n, when
// its issuer is "integration-joint-board", against the other service
// providers for the plan's council areas on the day n was published
// ([service.OtherServiceProvidersFor]).
func (n NoticeOfDisagreement) issuingBoard(law service.Law) issuer {
	if n.Issuer != service.ProviderIntegrationJointBoard {
		return issuer{}
	}
	on := n.Published.Date
	var boards []service.IntegrationJointBoard
	for _, a := range service.OtherServiceProvidersFor(n.Plan.Councils, on, law) {
		if a.IntegrationJointBoard.IsValid() {
			boards = append(boards, a.IntegrationJointBoard)
		}
	}
	areas := councilNames(n.Plan.Councils)
	named := n.IntegrationJointBoard
	switch {
	case law.Section60InForce(on):
		return issuer{board: named, path: "/issuer", problem: fmt.Sprintf(
			"From %s section 60 of the %s makes the relevant integration joint board a lead children's services planning body for the plan, not an other service provider for its area, so it cannot issue a notice of disagreement with it", law.Section60Commencement(), service.Act2026)}
	case len(boards) == 0 && len(n.Plan.Councils) > 0:
		return issuer{board: named, path: "/issuer", problem: fmt.Sprintf(
			"No integration joint board is an other service provider for %s (Highland has none: it uses the lead agency model), so none can issue a notice of disagreement with its plan", areas)}
	case named.IsValid() && !slices.Contains(boards, named):
		return issuer{board: named, path: "/integration_joint_board", problem: fmt.Sprintf(
			"%s is not the integration joint board of %s, the council areas the plan covers, so it is not an other service provider for the plan", named.Name(), areas)}
	case named.IsValid():
		return issuer{board: named}
	case len(boards) == 1:
		return issuer{board: boards[0]}
	case len(boards) > 1:
		return issuer{path: "/integration_joint_board", problem: fmt.Sprintf(
			"The notice does not say which of the %d integration joint boards of %s issued it; name the board in integration_joint_board", len(boards), areas)}
	}
	return issuer{}
}

// boardServiceProblem says why plan service s is not shown to be provided
// by the issuing board (a format with one %s for the service), or "".
func boardServiceProblem(s PlanService, board service.IntegrationJointBoard, plan PlanServices) string {
	var boards []service.IntegrationJointBoard
	for _, c := range plan.Councils {
		if j, ok := c.IntegrationJointBoard(); ok && !slices.Contains(boards, j) {
			boards = append(boards, j)
		}
	}
	switch {
	case !board.IsValid():
		return "" // the issuer's own finding says why
	case s.IntegrationJointBoard.IsValid() && s.IntegrationJointBoard != board:
		return "The plan has %s provided by " + s.IntegrationJointBoard.Name() + ", not by " + board.Name() + ", which issued the notice; a notice may disagree only with an aspect of the plan which relates to a service provided by its issuer"
	case s.IntegrationJointBoard.IsZero() && len(boards) > 1:
		return fmt.Sprintf("The plan does not say which of its %d integration joint boards provides %%s, so it cannot be taken to be a service of %s, which issued the notice", len(boards), board.Name())
	}
	return ""
}

// mayIssueNotice reports whether p may issue a notice of disagreement on
// day d: the Scottish Ministers, or an other service provider listed on the
// register of law on d (the default register when d is zero).
func mayIssueNotice(p service.Provider, d period.Date, law service.Law) bool {
	if p == service.ProviderScottishMinisters {
		return true
	}
	if p.IsZero() {
		return false
	}
	_, ok := law.Register().Lookup(string(p), d)
	return ok
}

// issuerWords describes who p is, for a message saying it cannot issue a
// notice.
func issuerWords(p service.Provider) string {
	switch p {
	case "":
		return "an unnamed issuer"
	case service.ProviderLocalAuthority:
		return "the local authority"
	case service.ProviderRelevantHealthBoard:
		return "the relevant health board"
	case service.ProviderOtherOrganisation:
		return "an organisation that is neither an other service provider nor the Scottish Ministers (such as a charity or housing association)"
	}
	if p.IsOtherServiceProvider() {
		return displayName(p) + ", no longer listed as an other service provider on the day the notice was published,"
	}
	return fmt.Sprintf("%q", string(p))
}

func councilNames(cs []service.Council) string {
	names := make([]string, len(cs))
	for i, c := range cs {
		names[i] = c.Name()
	}
	return strings.Join(names, ", ")
}

func orUnset(s string) string {
	if s == "" {
		return "(not given)"
	}
	return s
}
