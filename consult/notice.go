package consult

import (
	"fmt"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/internal/suggest"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// NoticeKind is the kind of a notice of disagreement document.
const NoticeKind = "notice-of-disagreement"

// NoticeOfDisagreement is a notice under section 10(8): an other service
// provider, or the Scottish Ministers in exercising functions under the
// Prisons (Scotland) Act 1989, disagree with a children's services plan in
// relation to a matter concerning the provision of a service by them, and
// must prepare and publish a notice of the disagreement. Guidance para 109:
//
//	The published notice of disagreement must detail (a) the matters in
//	relation to which they disagree (i.e. which aspects of the plan), and
//	(b) a statement of their reasons for disagreeing. The notice of
//	disagreement may be published in such a manner as they (the Scottish
//	Ministers or "other service provider") consider appropriate.
//
// It is a JSON document of kind "notice-of-disagreement" with snake_case
// keys; [DecodeNotice] reads one strictly and [NoticeSchema] is its JSON
// Schema. [NoticeOfDisagreement.Judge] judges it and says whether it has
// legal effect, and for which matters, on which the exception of section
// 12(3)(b) depends.
//
// A notice of the Scottish Ministers needs no statement that they issue it
// in exercising their functions under the Prisons (Scotland) Act 1989:
// whether it may have effect is judged matter by matter, from the service
// each concerns (see [RuleNoticeIssuerServiceID]). The member
// prisons_act_function that notices once carried is refused, with an
// error that says so, rather than accepted with no effect, so that nobody
// takes it to decide anything.
type NoticeOfDisagreement struct {
	// Schema is the optional "$schema" member an editor uses to find the
	// JSON Schema of the document. It has no effect on a judgement.
	Schema string `json:"$schema,omitzero"`
	// Kind is always "notice-of-disagreement".
	Kind string `json:"kind"`
	// Issuer is who prepared and published the notice, in the text form of
	// [service.Provider]: one of the other service providers
	// ("police-scotland", ...) or "scottish-ministers". Required.
	Issuer service.Provider `json:"issuer"`
	// IntegrationJointBoard names the issuing board, by name or GSS code,
	// when Issuer is "integration-joint-board". It may be left out where
	// the plan's council areas have one board between them; where they
	// have several (Tayside's joint plan) the notice must say which, so
	// that one board's notice is not taken for another's.
	IntegrationJointBoard service.IntegrationJointBoard `json:"integration_joint_board,omitzero"`
	// Plan is the plan the notice disagrees with. Required.
	Plan NoticePlan `json:"plan"`
	// Matters are the matters in relation to which the issuer disagrees,
	// each an aspect of one service (guidance para 109(a)).
	Matters []Matter `json:"matters"`
	// Reasons is the statement of the issuer's reasons for disagreeing
	// (guidance para 109(b)). A matter may carry its own reasons instead.
	Reasons string `json:"reasons,omitzero"`
	// Published says when and how the notice was published. The zero
	// Publication means it has not been.
	Published Publication `json:"published,omitzero"`
}

// NoticePlan identifies the children's services plan a notice concerns:
// the council area or areas of the partnership that prepared it, its
// three-year period and, optionally, its version.
type NoticePlan struct {
	// Councils are the council areas the plan covers: one, or several for a
	// joint plan such as Tayside's. Required.
	Councils []service.Council `json:"councils"`
	// Partnership is the partnership's name as the notice gives it, such as
	// "Tayside Regional Improvement Collaborative". Optional.
	Partnership string `json:"partnership,omitzero"`
	// Period is the plan's three-year period, such as "2026-2029". Required.
	Period period.PlanPeriod `json:"period"`
	// Title is the plan's title as the notice gives it. Optional.
	Title string `json:"title,omitzero"`
	// Version is the ID of the version of the plan the notice disagrees
	// with, as the plan document gives it (its version ID), such as
	// "fife-csp-2023-2026-v2". Optional. A revised plan is treated as a
	// new plan (guidance para 119), so a notice concerns one version only:
	// it does not carry to a revision of that version. A notice that gives
	// no version concerns the version in force when it was published (see
	// [RuleNoticePlanVersionID]).
	Version string `json:"version,omitzero"`
}

// Matter is one matter a notice disagrees with: an aspect of the plan
// concerning one service.
type Matter struct {
	// ServiceID is the plan's ID for the service, such as "S12". A matter
	// names its service by ServiceID, ServiceName or both.
	ServiceID string `json:"service_id,omitzero"`
	// ServiceName is the service's name as the plan gives it.
	ServiceName string `json:"service_name,omitzero"`
	// Provider is who provides the service according to the plan, in the
	// text form of [service.Provider]. Optional: when it is not given the
	// notice is taken to concern a service of the issuer until it is
	// checked against the plan.
	Provider service.Provider `json:"provider,omitzero"`
	// Aspect says which aspect of the plan, as it concerns the service, the
	// issuer disagrees with.
	Aspect string `json:"aspect"`
	// Reasons states the reasons for disagreeing on this matter, where the
	// notice gives them matter by matter.
	Reasons string `json:"reasons,omitzero"`
}

// service names the matter's service for a message.
func (m Matter) service() string {
	switch {
	case m.ServiceID != "" && m.ServiceName != "":
		return fmt.Sprintf("service %s (%s)", m.ServiceID, m.ServiceName)
	case m.ServiceID != "":
		return "service " + m.ServiceID
	case m.ServiceName != "":
		return fmt.Sprintf("service %q", m.ServiceName)
	}
	return "an unnamed service"
}

// Publication is when and how a notice was published. Section 10(8) leaves
// the manner to the issuer ("in such manner as they consider appropriate":
// guidance para 109 gives a website, an open letter, a regular circular).
type Publication struct {
	// Date is the day the notice was published; the zero Date means it has
	// not been.
	Date period.Date `json:"date,omitzero"`
	// Manner says how: "on the Police Scotland website", "open letter".
	Manner string `json:"manner,omitzero"`
}

// IsZero reports whether p records no publication.
func (p Publication) IsZero() bool { return p == Publication{} }

// DecodeNotice decodes a notice of disagreement strictly with
// [part3.DecodeAndCheck] and checks its required values
// ([NoticeOfDisagreement.Validate]): kind, issuer, the plan's councils
// (each once) and period. Every problem is reported at once, as an
// *part3.InputError naming file and each JSON path; the retired member
// prisons_act_function is refused with an error saying why
// ([ExplainRetired]). What the notice says, once it can be read, is judged
// by [NoticeOfDisagreement.Judge], not here: a notice without reasons or
// not yet published decodes without error.
func DecodeNotice(file string, data []byte) (NoticeOfDisagreement, error) {
	var n NoticeOfDisagreement
	if err := part3.DecodeAndCheck(file, data, &n, func(l *part3.InputErrors) { n.check(l) }); err != nil {
		return NoticeOfDisagreement{}, ExplainRetired(err)
	}
	return n, nil
}

// Validate reports the missing or unacceptable required values of n as an
// *part3.InputError listing them with their JSON paths: the kind must be
// "notice-of-disagreement", and the issuer, the plan's councils and its
// period must be given, each council once. It returns nil otherwise.
func (n NoticeOfDisagreement) Validate() error {
	var l part3.InputErrors
	n.check(&l)
	return l.Err()
}

// check adds the problems of n to l.
func (n NoticeOfDisagreement) check(l *part3.InputErrors) {
	// The other checks are a notice's: another kind of document would only
	// fail them.
	switch {
	case n.Kind == "":
		l.Add(&part3.InputError{Path: "/kind", Category: part3.ErrWrongKind,
			Err: fmt.Errorf("no kind"), Expected: fmt.Sprintf("%q", NoticeKind)})
		return
	case n.Kind != NoticeKind:
		l.Add(&part3.InputError{Path: "/kind", Category: part3.ErrWrongKind,
			Err: fmt.Errorf("kind %q%s", n.Kind, suggest.Phrase(n.Kind, []string{NoticeKind})), Expected: fmt.Sprintf("%q", NoticeKind)})
		return
	}
	switch {
	case n.Issuer.IsZero():
		l.Add(missing("/issuer", "the provider who issues the notice, such as \"police-scotland\" or \"scottish-ministers\""))
	case n.IntegrationJointBoard.IsValid() && n.Issuer != service.ProviderIntegrationJointBoard:
		l.Add(&part3.InputError{Path: "/integration_joint_board", Category: part3.ErrInvalidValue,
			Err: fmt.Errorf("an integration joint board named for issuer %q", string(n.Issuer)), Expected: "integration_joint_board only with issuer \"integration-joint-board\""})
	}
	if len(n.Plan.Councils) == 0 {
		l.Add(missing("/plan/councils", "the council area or areas whose plan the notice concerns, such as [\"Dundee City\"]"))
	}
	if n.Plan.Period.IsZero() {
		l.Add(missing("/plan/period", "the plan's three-year period, such as \"2026-2029\""))
	}
	for i, c := range n.Plan.Councils {
		if c.IsZero() {
			l.Add(missing(part3.Pointer("plan", "councils", i), "the name or GSS code of a council area"))
			continue
		}
		for j := range i {
			if n.Plan.Councils[j] == c {
				l.Add(&part3.InputError{Path: part3.Pointer("plan", "councils", i), Category: part3.ErrDuplicateID,
					Err: fmt.Errorf("%s is listed twice", c.Name()), Expected: "each council area once"})
				break
			}
		}
	}
}

// retiredPrisonsFlag is the member prisons_act_function that notices once
// had.
var retiredPrisonsFlag = part3.RetiredMember{
	Name:     "prisons_act_function",
	Retired:  `"prisons_act_function" is no longer a member of a notice of disagreement`,
	Expected: "no such member: a notice of the Scottish Ministers has effect for a matter concerning a service they provide under the Prisons (Scotland) Act 1989, judged against the plan's record of the service (or, without the plan, the judgement context's prison services), not on the notice's own say; remove the member",
}

// RetiredMembers implements [part3.Retiring]: a notice has no member
// prisons_act_function any more, and [part3.Decode] says why.
func (NoticeOfDisagreement) RetiredMembers() []part3.RetiredMember {
	return []part3.RetiredMember{retiredPrisonsFlag}
}

// ExplainRetired returns err, an error of a JSON decoder that refuses
// unknown members, with a clear statement of what replaced a member that a
// notice of disagreement once had, for each problem of err that refuses
// that member as unknown: prisons_act_function, at the top of a notice or
// of a notice in a list of notices (path
// ".../notices/N/prisons_act_function"). [part3.Decode] words them so
// itself ([NoticeOfDisagreement.RetiredMembers]). Other problems, and
// errors that are not an *part3.InputError, are returned unchanged.
func ExplainRetired(err error) error {
	return part3.Explain(err, func(p *part3.InputError) bool {
		if !isNoticeMember(p.Path, retiredPrisonsFlag.Name) {
			return false
		}
		m := retiredPrisonsFlag
		p.Err = &part3.UnknownMemberError{Name: m.Name, Retired: m.Retired}
		p.Expected = m.Expected
		return true
	})
}

// isNoticeMember reports whether path is the member name of a notice: at
// the top of the document, or of an element of a list of notices.
func isNoticeMember(path, name string) bool {
	if path == "/"+name {
		return true
	}
	rest, ok := strings.CutSuffix(path, "/"+name)
	if !ok {
		return false
	}
	i := strings.LastIndexByte(rest, '/')
	if i < 0 || rest[i+1:] == "" || strings.Trim(rest[i+1:], "0123456789") != "" {
		return false
	}
	return strings.HasSuffix(rest[:i], "/notices")
}

func missing(path, expected string) error {
	return &part3.InputError{Path: path, Category: part3.ErrMissing, Expected: expected}
}

// displayName names a provider for a message, as people refer to it.
func displayName(p service.Provider) string {
	switch p {
	case service.ProviderPoliceScotland:
		return "Police Scotland"
	case service.ProviderIntegrationJointBoard:
		return "the integration joint board"
	case service.ProviderOtherOrganisation:
		return "an organisation that is not a provider under Part 3"
	}
	if n := p.Name(); n != "" {
		return n
	}
	return fmt.Sprintf("%q", string(p))
}
