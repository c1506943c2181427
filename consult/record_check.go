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

// Scope says which plan a [Record] is the preparation of: where the
// record sits in its document, the plan's council areas and period, and
// the day the plan was prepared. Everything else a judgement takes from
// the caller is in the [judgement.Context].
type Scope struct {
	// Path is the JSON Pointer of the record within its document, such as
	// "/preparation"; every finding's path starts with it. "" for a record
	// on its own.
	Path string
	// Councils are the council areas the plan covers: one, or several for a
	// joint plan. They say which integration joint boards are other service
	// providers for the area ([service.OtherServiceProvidersFor]) and
	// whether the Scottish Ministers provide a Prisons (Scotland) Act 1989
	// service there ([judgement.Context.PrisonServices]). With no councils,
	// Judge cannot tell which board is owed an opportunity and owes none,
	// as for Highland, which has no board: a caller judging a plan must
	// give them.
	Councils []service.Council
	// Period is the plan's three-year period. Findings that cite the
	// statutory guidance are not raised for a 2017-2020 plan: the 2nd
	// edition applies from 1 April 2020. The zero PlanPeriod raises them.
	Period period.PlanPeriod
	// On is the day the register of other service providers and the
	// Ministers' directions are read: normally the day the plan was
	// prepared. The zero Date means the day before Period starts, by which
	// the plan must be in place, or the as-of date when Period is zero too.
	On period.Date
}

// on returns the day the register and the directions are read.
func (s Scope) on(ctx judgement.Context) period.Date {
	switch {
	case s.On.IsValid():
		return s.On
	case s.Period.IsValid():
		return s.Period.Start().AddDays(-1)
	}
	return ctx.AsOf
}

// The IDs of the rules below, as their findings carry them: select
// findings with [part3.Findings.WithRule], find a rule with [LookupRule].
const (
	RuleOpportunityOtherServiceProvidersID = "consult.opportunity-other-service-providers"
	RuleOpportunityScottishMinistersID     = "consult.opportunity-scottish-ministers"
	RuleTookPartID                         = "consult.took-part"
	RuleOpportunityAdvanceNoticeID         = "consult.opportunity-advance-notice"
	RuleOpportunityWindowID                = "consult.opportunity-window"
	RuleConsultOrganisationsID             = "consult.consult-organisations"
	RuleConsultSocialLandlordsID           = "consult.consult-social-landlords"
	RuleConsultDirectedPersonsID           = "consult.consult-directed-persons"
	RuleChildrenYoungPeopleFamiliesID      = "consult.children-young-people-families"
	RuleThirdSectorID                      = "consult.third-sector"
	RuleRequestMetID                       = "consult.request-met"
)

// The rules of section 10 for the preparation of a plan.
var (
	// ruleOpportunityOtherServiceProviders: section 10(1)(a) requires the
	// local authority and the relevant health board to
	//
	//	give each of the other service providers and the Scottish Ministers
	//	an effective opportunity (consistent with the extent to which the
	//	services they provide are to be the subject of the children's
	//	services plan) to participate in or contribute to the preparation
	//	of the plan.
	//
	// "Each of the other service providers" means every one listed in
	// s.7(1) on the day (as modified under s.7(5)): the Chief Constable of
	// the Police Service of Scotland, the Scottish Fire and Rescue Service,
	// the Principal Reporter, the National Convener of Children's Hearings
	// Scotland, the Scottish Courts and Tribunals Service, and the
	// integration joint board of each council area the plan covers
	// ([service.OtherServiceProvidersFor]: three for Tayside's joint plan,
	// none for Highland, none once section 60 of the 2026 Act makes the
	// board a lead planning body). It is not only those whose services the plan covers: the
	// bracketed words shape what an effective opportunity is for each (its
	// scale and type, guidance paras 78 and 79), not whether one is due.
	//
	// The bodies in breach of this rule and of every rule of section
	// 10(1) below are the local authority and the relevant health board
	// of each of the plan's council areas, with the relevant integration
	// joint board once section 60 of the 2026 Act is in force
	// ([service.JointPlannerNames]), on whom the Act puts the duty.
	ruleOpportunityOtherServiceProviders = part3.Rule{ID: RuleOpportunityOtherServiceProvidersID, Severity: part3.Statutory, Citation: part3.Act("10(1)(a)"),
		Summary: "Each other service provider is given an opportunity to participate in or contribute to the preparation of the plan."}
	// ruleOpportunityScottishMinisters: the Scottish Ministers are given an
	// opportunity under section 10(1)(a) where they provide a service in
	// the area under the Prisons (Scotland) Act 1989, and only there
	// (guidance para 77: opportunities extended to them "are restricted to
	// where they (Scottish Ministers) provide a service in the local area
	// under the Prisons (Scotland) Act 1989"). Whether they do is an input
	// ([judgement.Context.PrisonServices]).
	ruleOpportunityScottishMinisters = part3.Rule{ID: RuleOpportunityScottishMinistersID, Severity: part3.Statutory, Citation: part3.Act("10(1)(a)"),
		Summary: "The Scottish Ministers are given an opportunity where they provide a prison service in the area."}
	// ruleTookPart: section 10(5):
	//
	//	Each of the other service providers is and the Scottish Ministers
	//	are to participate in or contribute to the preparation of the
	//	children's services plan in accordance with the opportunity given to
	//	them under subsection (1)(a).
	//
	// The duty is the provider's, not the local authority's or the health
	// board's: a finding names the provider as the one in breach, by the
	// words of the register ("the Chief Constable of the Police Service of
	// Scotland", the area's integration joint board by its name, or "the
	// Scottish Ministers"). It
	// applies to the Scottish Ministers where they were given an
	// opportunity and provide a service in the area (guidance paras 77 and
	// 80).
	ruleTookPart = part3.Rule{ID: RuleTookPartID, Severity: part3.Statutory, Citation: part3.Act("10(5)"),
		Summary: "Each other service provider, and the Scottish Ministers where given an opportunity, take part in accordance with it (the provider's duty)."}
	// ruleOpportunityAdvanceNotice: an effective opportunity is associated with
	// "giving persons appropriate advance notice of when they can
	// participate or contribute" (guidance para 78(a)). Neither the Act nor
	// the guidance sets a number: the least notice is the partnership's own
	// ([judgement.Policy].MinAdvanceNoticeDays), or the module's default of
	// 14 days where it sets none, and falling short of it is practice.
	ruleOpportunityAdvanceNotice = part3.Rule{ID: RuleOpportunityAdvanceNoticeID, Severity: part3.Practice, Citation: part3.GuidancePara(78),
		Summary: "An opportunity is notified at least the partnership's own number of days before it opens, or the module's default where it sets none (s.10(1)(a))."}
	// ruleOpportunityWindow: an effective opportunity is associated with
	// "giving persons appropriate time and means by which to participate or
	// contribute" (guidance para 78(b)). Neither the Act nor the guidance sets
	// a number: the least time is the partnership's own
	// ([judgement.Policy].MinWindowDays), or the module's default of 28 days
	// where it sets none, and falling short of it is practice.
	ruleOpportunityWindow = part3.Rule{ID: RuleOpportunityWindowID, Severity: part3.Practice, Citation: part3.GuidancePara(78),
		Summary: "An opportunity stays open at least the partnership's own number of days, or the module's default where it sets none (s.10(1)(a))."}
	// ruleConsultOrganisations: section 10(1)(b)(i) requires the local
	// authority and the relevant health board to consult "such
	// organisations as appear to fall within subsection (2)": those which
	// (a) represent the interests of persons who use or are likely to use
	// any children's service or related service in the area, or (b) provide
	// a service in the area which would be a children's or related service
	// if a Part 3 provider provided it. Guidance para 85: the duty "extends
	// to all organisations in the local area that meet the definitions".
	ruleConsultOrganisations = part3.Rule{ID: RuleConsultOrganisationsID, Severity: part3.Statutory, Citation: part3.Act("10(1)(b)(i)"),
		Summary: "Every organisation identified as within section 10(2) is consulted."}
	// ruleConsultSocialLandlords: section 10(1)(b)(ii) requires them to
	// consult "such social landlords as appear to provide housing in the
	// area of the local authority", in the meaning of section 165 of the
	// Housing (Scotland) Act 2010 (s.10(3)): a registered social landlord, a
	// local authority landlord, or a local authority which provides housing
	// services. Every council area has them, so a record that lists none
	// is a finding too.
	ruleConsultSocialLandlords = part3.Rule{ID: RuleConsultSocialLandlordsID, Severity: part3.Statutory, Citation: part3.Act("10(1)(b)(ii)"),
		Summary: "The social landlords that appear to provide housing in the area are identified and consulted."}
	// ruleConsultDirectedPersons: section 10(1)(b)(iii) requires them to
	// consult "such other persons as the Scottish Ministers may by
	// direction specify"; a direction may be revised or revoked (s.10(4)).
	// Each person specified by a direction in force is consulted. None had
	// been made when the guidance was published (para 88).
	ruleConsultDirectedPersons = part3.Rule{ID: RuleConsultDirectedPersonsID, Severity: part3.Statutory, Citation: part3.Act("10(1)(b)(iii)"),
		Summary: "Every person specified by a direction of the Scottish Ministers in force is consulted."}
	// ruleChildrenYoungPeopleFamilies: guidance para 87: "there is also a clear
	// expectation on local authorities and health boards to consult with
	// children, young people and families (i.e. the users of 'children's
	// services')".
	ruleChildrenYoungPeopleFamilies = part3.Rule{ID: RuleChildrenYoungPeopleFamiliesID, Severity: part3.Guidance, Citation: part3.GuidancePara(87),
		Summary: "Children and young people, and families, are consulted."}
	// ruleThirdSector: guidance para 95: "A local authority and the
	// relevant health board should, therefore, make all reasonable efforts
	// to facilitate the participation and/or contribution of a broad range
	// of third sector organisations in the children's services planning
	// process". Para 86 adds that the local Third Sector Interface "could
	// play a valuable role in the broader consultation and planning process
	// itself, mediating or coordinating responses from across the third
	// sector". The record cannot show "all reasonable efforts" or a "broad
	// range"; the rule finds only a record with no third-sector
	// participation at all, and is met by engagement with the Third Sector
	// Interface or by consulting a third-sector organisation.
	ruleThirdSector = part3.Rule{ID: RuleThirdSectorID, Severity: part3.Guidance, Citation: part3.GuidancePara(95),
		Summary: "Third sector organisations are given the chance to take part in the preparation of the plan, for example through the local Third Sector Interface."}
	// ruleRequestMet: section 10(6): "The persons to be consulted under
	// subsection (1)(b) are to meet any reasonable request which the local
	// authority and the relevant health board make of them" to participate
	// in or contribute to the preparation of the plan. The duty is the
	// consultee's: a finding names it, by the name the record gives it, as
	// the one in breach. It binds each
	// consultee of the record by its category ([ToBeConsulted]): an
	// organisation within section 10(2), a social landlord providing
	// housing in the area, or a person named by a direction of the
	// Scottish Ministers in force on the day of the request, whether or not
	// the partnership has consulted it. See [DecideRequest] for the test.
	ruleRequestMet = part3.Rule{ID: RuleRequestMetID, Severity: part3.Statutory, Citation: part3.Act("10(6)"),
		Summary: "A consultee meets each reasonable request to participate in or contribute to the preparation of the plan (the consultee's duty)."}
)

func recordRules() []part3.Rule {
	return []part3.Rule{ruleOpportunityOtherServiceProviders, ruleOpportunityScottishMinisters, ruleTookPart,
		ruleOpportunityAdvanceNotice, ruleOpportunityWindow, ruleConsultOrganisations, ruleConsultSocialLandlords, ruleConsultDirectedPersons,
		ruleChildrenYoungPeopleFamilies, ruleThirdSector, ruleRequestMet}
}

// Rules returns every rule of package consult, sorted by ID, in a new
// slice on each call: changing it changes nothing in the package.
func Rules() []part3.Rule {
	rules := append(recordRules(), noticeRules()...)
	rules = append(rules, reviewRules()...)
	part3.SortRules(rules)
	return rules
}

// LookupRule returns the rule of package consult with the given ID, such as
// [RuleRequestMetID], and whether there is one. The Rule is a copy: the
// package's rules cannot be changed through it.
func LookupRule(id string) (part3.Rule, bool) {
	for _, r := range Rules() {
		if r.ID == id {
			return r, true
		}
	}
	return part3.Rule{}, false
}

// Judge judges the record of the preparation of the plan s describes
// against section 10 and the guidance, as of ctx.AsOf and under the law,
// policy and facts of ctx, and returns every finding, sorted. What the
// record dates after ctx.AsOf has not happened on it: an opportunity
// notified later is not yet given, one that opens or closes later cannot
// yet have been missed (s.10(5)), and a consultation, a request or an
// engagement dated later has not yet been held or made; each finding that
// rests on such a date says it lies in the future. It is an
// error only if ctx is not valid ([judgement.Context.Validate]). It
// assumes a record that passes [Record.Validate]; on one that does not it
// still returns without panicking.
func (r Record) Judge(s Scope, ctx judgement.Context) (part3.Findings, error) {
	if err := ctx.Validate(); err != nil {
		return nil, err
	}
	j := newRecordJudge(s, ctx, s.on(ctx))
	var fs part3.Findings
	fs = append(fs, r.checkOpportunities(j)...)
	fs = append(fs, r.checkConsultees(j)...)
	fs = append(fs, r.checkRequests(j)...)
	fs = append(fs, r.checkEngagement(j)...)
	if s.Period.IsValid() && !s.Period.GuidanceApplies() {
		fs = deleteGuidance(fs)
	}
	fs.Sort()
	return fs, nil
}

// deleteGuidance drops the findings that cite the guidance, for a plan for
// 2017-2020, to which the 2nd edition does not apply.
func deleteGuidance(fs part3.Findings) part3.Findings {
	return slices.DeleteFunc(fs, func(f part3.Finding) bool { return f.Citation.IsGuidance() })
}

// recordJudge is one judgement of a record in progress.
type recordJudge struct {
	Scope
	ctx judgement.Context
	law service.Law
	on  period.Date // the day the register and directions are read
	// by names the bodies in breach of the duties of section 10(1) and
	// of section 11(2) to give an opportunity: the joint planners of the
	// plan's council areas on the day the register is read
	// ([service.JointPlannerNames]), or, with no councils in the scope,
	// the local authority and the relevant health board by the Act's words.
	by []string
}

// newRecordJudge starts the judgement of a record or review of the plan s
// describes, reading the register and directions on on.
func newRecordJudge(s Scope, ctx judgement.Context, on period.Date) recordJudge {
	law := ctx.MustLaw()
	by := service.JointPlannerNames(s.Councils, on, law)
	if len(by) == 0 {
		by = []string{"the local authority", "the relevant health board"}
	}
	return recordJudge{Scope: s, ctx: ctx, law: law, on: on, by: by}
}

// dueOpportunity is a provider owed an opportunity under section 10(1)(a):
// an other service provider for the area, or the Scottish Ministers.
type dueOpportunity struct {
	osp    service.AreaOtherServiceProvider // zero for the Scottish Ministers
	prison judgement.PrisonService          // for the Scottish Ministers, the service that makes them due
}

// areas returns the council areas, of councils, for which d is owed an
// opportunity: an integration joint board's own areas, the area of the
// Ministers' prison service, and every area for a provider that serves
// them all (the police, the fire and rescue service, the Reporter, the
// National Convener and the courts service).
func (d dueOpportunity) areas(councils []service.Council) []service.Council {
	switch {
	case d.osp.ID == "" && d.prison.Council.IsValid():
		return []service.Council{d.prison.Council}
	case d.osp.IntegrationJointBoard.IsValid():
		var out []service.Council
		for _, c := range d.osp.IntegrationJointBoard.Councils() {
			if slices.Contains(councils, c) {
				out = append(out, c)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return councils
}

// planners names the bodies in breach of a duty to give an opportunity
// owed for the areas councils (section 10(1)(a): the local authority and
// the relevant health board of each area owe it to the other service
// providers for their area): their joint planners, or, for every area or
// none, the record's.
func (ctx recordJudge) planners(councils []service.Council) []string {
	if len(councils) == 0 || len(councils) == len(ctx.Councils) {
		return ctx.by
	}
	return service.JointPlannerNames(councils, ctx.on, ctx.law)
}

// body names d as the Act puts its duty to take part (s.10(5)) on it, for
// a finding's By: the register's words ("the Chief Constable of the
// Police Service of Scotland"), the area's integration joint board by its
// name, or the Scottish Ministers.
func (d dueOpportunity) body() string {
	if d.osp.ID == "" {
		return "the Scottish Ministers"
	}
	return d.osp.DisplayName()
}

// name names d for a message.
func (d dueOpportunity) name() string {
	switch {
	case d.osp.ID == "":
		return "the Scottish Ministers"
	case d.osp.IntegrationJointBoard.IsValid():
		return d.osp.DisplayName()
	}
	return providerName(d.osp.Provider(), d.osp.Name)
}

func (d dueOpportunity) provider() service.Provider {
	if d.osp.ID == "" {
		return service.ProviderScottishMinisters
	}
	return d.osp.Provider()
}

// due appends to out who is owed an opportunity: the other service providers for
// the plan's council areas on the day ([service.OtherServiceProvidersFor]:
// each area's own integration joint board, none for Highland, none once
// section 60 of the 2026 Act is in force), then the Scottish Ministers
// where a prison serves the area.
func (ctx recordJudge) due(out []dueOpportunity) []dueOpportunity {
	osps := service.OtherServiceProvidersFor(ctx.Councils, ctx.on, ctx.law)
	for _, a := range osps {
		out = append(out, dueOpportunity{osp: a})
	}
	if p, ok := ctx.ctx.MinistersProvidePrisonService(ctx.Councils, ctx.on); ok {
		out = append(out, dueOpportunity{prison: p})
	}
	return out
}

// providerName names an other service provider for a message; name is its
// register entry's words, used for a provider added under s.7(5).
func providerName(p service.Provider, name string) string {
	switch {
	case p == service.ProviderPoliceScotland:
		return "Police Scotland"
	case p.IsOtherServiceProvider() || p == service.ProviderScottishMinisters:
		return displayName(p)
	}
	return name
}

// matches reports whether opportunity o was given to d. An opportunity to
// "integration-joint-board" without a named board matches the area's board
// when the partnership has only one.
func (d *dueOpportunity) matches(o *Opportunity, boards int) bool {
	if d.osp.ID == "" {
		return o.Provider == service.ProviderScottishMinisters
	}
	return d.osp.Matches(o.Provider, o.IntegrationJointBoard, boards)
}

func (r Record) checkOpportunities(ctx recordJudge) part3.Findings {
	return ctx.checkOpportunities(r.Opportunities, "/opportunities", preparationOpportunities)
}

// opportunityKind says which duty a list of opportunities answers to: the
// preparation of the plan (s.10(1)(a) and (5)) or a review of it (s.11(2)),
// with the rules and words its findings take.
type opportunityKind struct {
	owed      part3.Rule  // an other service provider owed one has none
	ministers part3.Rule  // the Scottish Ministers owed one have none
	tookPart  part3.Rule  // a provider given one did not take part
	what      string      // what the opportunity is to take part in; "" for a review (whatWords)
	owedBy    string      // the provision that requires one
	dutyBy    string      // the provision that obliges the provider to take part
	until     period.Date // the last day an opportunity could be given; zero for none
}

// whatWords says what the opportunity is to take part in: k.what, or,
// where that is empty, the review of the plan that concluded on k.until,
// worded only for a finding.
func (k opportunityKind) whatWords() string {
	if k.what != "" {
		return k.what
	}
	return fmt.Sprintf("the review of the plan concluded on %s", k.until)
}

// preparationOpportunities are the opportunities of section 10(1)(a).
var preparationOpportunities = opportunityKind{
	owed: ruleOpportunityOtherServiceProviders, ministers: ruleOpportunityScottishMinisters, tookPart: ruleTookPart,
	what: "the preparation of the plan", owedBy: "section 10(1)(a)", dutyBy: "section 10(5)",
}

// checkOpportunities judges the opportunities ops, at path list of the
// record's document, against the duty kind describes.
func (ctx recordJudge) checkOpportunities(ops []Opportunity, list string, kind opportunityKind) part3.Findings {
	var fs part3.Findings
	var buf [9]dueOpportunity // the most due for a joint plan of three areas
	due := ctx.due(buf[:0])
	boards := 0
	for k := range due {
		if due[k].osp.IntegrationJointBoard.IsValid() {
			boards++
		}
	}
	// An opportunity is given once notice of it is given, on or before the
	// as-of date (a notice dated later has not been given yet) and, for a
	// review, before it concluded.
	asOf := ctx.ctx.AsOf
	given := func(o Opportunity) bool {
		return o.NoticeGiven.IsValid() && !o.NoticeGiven.After(asOf) && (kind.until.IsZero() || !o.NoticeGiven.After(kind.until))
	}
	noNotice := func(o Opportunity) string {
		if o.NoticeGiven.After(asOf) {
			return fmt.Sprintf("; the notice recorded for it, dated %s, lies in the future: on %s it has not been given", o.NoticeGiven, asOf)
		}
		return kind.noNotice(o)
	}
	// An opportunity to an integration joint board that does not name the
	// board, where the partnership has several.
	unnamed := -1
	if boards > 1 {
		unnamed = slices.IndexFunc(ops, func(o Opportunity) bool {
			return o.Provider == service.ProviderIntegrationJointBoard && o.IntegrationJointBoard.IsZero()
		})
	}
	// The other service providers with no opportunity recorded at all are
	// named in one finding; the others each get their own, at the path of
	// what is wrong.
	var none []string
	var noneFor []service.Council // the areas those named in none are owed for
	for k := range due {
		d := &due[k]
		ok, recorded := false, -1
		for i := range ops {
			if d.matches(&ops[i], boards) {
				recorded = i
				ok = ok || given(ops[i])
			}
		}
		if ok {
			continue
		}
		if d.provider() == service.ProviderScottishMinisters {
			path := list
			msg := fmt.Sprintf("No opportunity to participate in or contribute to %s is recorded as given to the Scottish Ministers, who provide %s under the Prisons (Scotland) Act 1989, as the judgement context states; %s requires one (guidance para 77)", kind.whatWords(), d.prison.Words(), kind.owedBy)
			if recorded >= 0 {
				path = part3.PointerJoin(list, recorded, "notice_given")
				msg += noNotice(ops[recorded])
			}
			fs = append(fs, kind.ministers.FindingBy(ctx.planners(d.areas(ctx.Councils)), ctx.Path+path, msg))
			continue
		}
		switch {
		case recorded >= 0:
			fs = append(fs, kind.owed.FindingBy(ctx.planners(d.areas(ctx.Councils)), ctx.Path+part3.PointerJoin(list, recorded, "notice_given"),
				fmt.Sprintf("No opportunity to participate in or contribute to %s is recorded as given to %s; %s requires one for each of the other service providers%s",
					kind.whatWords(), d.name(), kind.owedBy, noNotice(ops[recorded]))))
		case d.osp.IntegrationJointBoard.IsValid() && unnamed >= 0:
			fs = append(fs, kind.owed.FindingBy(ctx.planners(d.areas(ctx.Councils)), ctx.Path+part3.PointerJoin(list, unnamed, "integration_joint_board"),
				fmt.Sprintf("No opportunity to participate in or contribute to %s is recorded as given to %s; %s requires one for each of the other service providers; an opportunity to an integration joint board is recorded (%s/%d) without naming the board, and with %d boards in the partnership it cannot be read as %s's: name the board in integration_joint_board",
					kind.whatWords(), d.name(), kind.owedBy, strings.TrimPrefix(list, "/"), unnamed, boards, d.name())))
		default:
			none = append(none, d.name())
			for _, c := range d.areas(ctx.Councils) {
				if !slices.Contains(noneFor, c) {
					noneFor = append(noneFor, c)
				}
			}
		}
	}
	if len(none) > 0 {
		their := "its"
		if len(none) > 1 {
			their = "their"
		}
		fs = append(fs, kind.owed.FindingBy(ctx.planners(noneFor), ctx.Path+list,
			fmt.Sprintf("No opportunity to participate in or contribute to %s is recorded as given to %s; %s requires one for each of the other service providers, whether or not the plan covers %s services: how far it does shapes what an effective opportunity is, not whether one is due",
				kind.whatWords(), words.And(none), kind.owedBy, their)))
	}

	notice, window := ctx.ctx.Policy.AdvanceNotice(), ctx.ctx.Policy.Window()
	for i, o := range ops {
		at := func(tokens ...any) string {
			return ctx.Path + part3.PointerJoin(list, append([]any{i}, tokens...)...)
		}
		if !given(o) {
			continue // not given, or not yet on the as-of date
		}
		// The provider's name, worded for a finding only.
		name := func() string {
			if !o.IntegrationJointBoard.IsZero() {
				return o.IntegrationJointBoard.Name()
			}
			return displayName(o.Provider)
		}
		// The duty to take part binds those given an opportunity under the
		// duty: the other service providers for the area on the day (as
		// the register then stands, each area's own integration joint
		// board), and the Scottish Ministers where they provide a prison
		// service in the area.
		k := -1
		for j := range due {
			if due[j].matches(&o, boards) {
				k = j
				break
			}
		}
		bound := k >= 0
		// An opportunity that has not opened, or is still open, on the
		// as-of date has not yet been missed.
		over := !o.opens().After(asOf) && (o.Closes.IsZero() || !o.Closes.After(asOf))
		if o.Participation == DidNotTakePart && bound && over {
			// The duty to take part is the provider's own: it alone is in
			// breach.
			fs = append(fs, kind.tookPart.FindingByf([]string{due[k].body()}, at("participation"),
				"%s did not take part in %s in accordance with the opportunity notified on %s; %s places this duty on %s, not on the local authority and the relevant health board",
				words.Capitalise(name()), kind.whatWords(), o.NoticeGiven, kind.dutyBy, name()))
		}
		if n := o.NoticeGiven.DaysUntil(o.opens()); o.Opens.IsValid() && notice.Set && n < notice.Days {
			given := daysPossessive(n) + " notice of the opportunity"
			if n < 0 {
				given = fmt.Sprintf("notice of the opportunity on %s, after it opened on %s", o.NoticeGiven, o.Opens)
			}
			fs = append(fs, ruleOpportunityAdvanceNotice.Findingf(at("opens"),
				"%s was given %s, less than %s; guidance para 78 associates an effective opportunity with appropriate advance notice",
				words.Capitalise(name()), given, notice))
		}
		if o.Closes.IsValid() {
			if n := max(o.opens().DaysUntil(o.Closes)+1, 0); window.Set && n < window.Days {
				fs = append(fs, ruleOpportunityWindow.Findingf(at("closes"),
					"The opportunity given to %s was open for %s, less than %s; guidance para 78 associates an effective opportunity with appropriate time to take part",
					name(), days(n), window))
			}
		}
	}
	return fs
}

// noNotice says why a recorded opportunity is not one given: no day of
// notice, or notice after the last day it could be given.
func (k opportunityKind) noNotice(o Opportunity) string {
	if o.NoticeGiven.IsValid() && k.until.IsValid() && o.NoticeGiven.After(k.until) {
		return fmt.Sprintf("; the opportunity recorded was notified on %s, after %s, so it was no opportunity to take part in it", o.NoticeGiven, k.untilWords())
	}
	return "; the record gives no date on which notice of it was given"
}

func (k opportunityKind) untilWords() string { return "the review concluded on " + k.until.String() }

// daysPossessive words n days as in "5 days' notice".
func daysPossessive(n int) string {
	if n == 1 {
		return "1 day's"
	}
	return fmt.Sprintf("%d days'", n)
}

func days(n int) string {
	if n == 1 {
		return "1 day"
	}
	return fmt.Sprintf("%d days", n)
}

func (r Record) checkConsultees(ctx recordJudge) part3.Findings {
	var fs part3.Findings
	at := func(tokens ...any) string { return part3.PointerJoin(ctx.Path, tokens...) }
	landlords := 0
	asOf := ctx.ctx.AsOf
	for i, c := range r.Consultees {
		// A consultation dated after the as-of date has not happened on it.
		// The path and words are made only for a finding.
		where := func() (path, later string) {
			if c.Consulted && c.ConsultedOn.After(asOf) {
				return at("consultees", i, "consulted_on"),
					fmt.Sprintf(" as of %s: the consultation recorded for %s lies in the future", asOf, c.ConsultedOn)
			}
			return at("consultees", i, "consulted"), ""
		}
		switch c.Category {
		case RepresentsServiceUsers, ProvidesServiceInArea:
			if !c.consultedBy(asOf) {
				path, later := where()
				fs = append(fs, ruleConsultOrganisations.FindingByf(ctx.by, path,
					"%s is recorded as an organisation that %s, but was not consulted%s; section 10(1)(b)(i) requires every such organisation to be consulted (guidance para 85)",
					c.Name, categoryWords(c.Category), later))
			}
		case SocialLandlord:
			landlords++
			if !c.consultedBy(asOf) {
				path, later := where()
				fs = append(fs, ruleConsultSocialLandlords.FindingByf(ctx.by, path,
					"%s, a social landlord (%s) that appears to provide housing in the area, was not consulted%s; section 10(1)(b)(ii) requires it",
					c.Name, landlordWords(c.LandlordType), later))
			}
		}
	}
	if landlords == 0 {
		fs = append(fs, ruleConsultSocialLandlords.FindingBy(ctx.by, at("consultees"),
			"The record lists no social landlord; every council area has social landlords providing housing in it, and section 10(1)(b)(ii) requires them to be consulted. Record each registered social landlord, local authority landlord or local authority providing housing services in the area (Housing (Scotland) Act 2010 s.165), with whether it was consulted"))
	}

	on := ctx.on
	for _, d := range judgement.DirectionsInForce(ctx.ctx.Directions, on) {
		for _, person := range d.Persons {
			if !r.consulted(person, asOf) {
				fs = append(fs, ruleConsultDirectedPersons.FindingByf(ctx.by, at("consultees"),
					"%s, specified by the Scottish Ministers' direction %q in force on %s, is not recorded as consulted; section 10(1)(b)(iii) requires it",
					person, d.ID, orUnset(on.String())))
			}
		}
	}
	return fs
}

// consulted reports whether a consultee named name was consulted by asOf.
func (r Record) consulted(name string, asOf period.Date) bool {
	for _, c := range r.Consultees {
		if c.consultedBy(asOf) && sameName(c.Name, name) {
			return true
		}
	}
	return false
}

// consultedBy reports whether c was consulted by asOf: a consultation the
// record dates after it has not happened on that day.
func (c Consultee) consultedBy(asOf period.Date) bool {
	return c.Consulted && !c.ConsultedOn.After(asOf)
}

func categoryWords(c ConsulteeCategory) string {
	if c == RepresentsServiceUsers {
		return "represents the interests of people who use or are likely to use children's or related services in the area"
	}
	return "provides a service in the area that would be a children's or related service if a Part 3 provider provided it"
}

func landlordWords(t LandlordType) string {
	switch t {
	case RegisteredSocialLandlord:
		return "a registered social landlord"
	case LocalAuthorityLandlord:
		return "a local authority landlord"
	case LocalAuthorityHousingService:
		return "a local authority which provides housing services"
	}
	return "of a type not recorded"
}

func (r Record) checkRequests(ctx recordJudge) part3.Findings {
	var fs part3.Findings
	var byID map[string]Consultee // built once, at the first request that needs it
	for i, q := range r.Requests {
		if q.Answer != Refused && q.Answer != NoAnswer || q.Made.After(ctx.ctx.AsOf) {
			continue // met, or not yet made on the as-of date
		}
		if byID == nil {
			byID = make(map[string]Consultee, len(r.Consultees))
			for _, c := range r.Consultees {
				if _, dup := byID[c.ID]; !dup {
					byID[c.ID] = c
				}
			}
		}
		c, ok := byID[q.Consultee]
		if !ok {
			continue
		}
		on := q.Made
		if !on.IsValid() {
			on = ctx.on
		}
		d, err := DecideRequest(RequestFacts{Category: c.Category, Person: c.Name, Direction: c.Direction, On: on,
			Kind: q.Kind, Test: q.Test, Ground: q.RefusalGround, Period: ctx.Period}, ctx.ctx)
		if err != nil || !d.MustMeet {
			continue
		}
		what := "refused"
		if q.Answer == NoAnswer {
			what = "did not answer"
		}
		// The duty to meet the request is the consultee's own (s.10(6)).
		fs = append(fs, ruleRequestMet.FindingByf([]string{c.Name}, part3.PointerJoin(ctx.Path, "requests", i, "answer"),
			"%s %s a reasonable request to %s the preparation of the plan; section 10(6) places the duty to meet it on %s, as %s, one of the persons to be consulted under section 10(1)(b), whether or not it has been consulted",
			c.Name, what, requestWords(q.Kind), c.Name, limbWords(c.Category)))
	}
	return fs
}

// limbWords names the category of section 10(1)(b) a consultee falls
// within, for a message.
func limbWords(c ConsulteeCategory) string {
	switch c {
	case RepresentsServiceUsers:
		return "an organisation representing the interests of users of children's or related services in the area (s.10(2)(a))"
	case ProvidesServiceInArea:
		return "an organisation providing a service in the area (s.10(2)(b))"
	case SocialLandlord:
		return "a social landlord providing housing in the area (s.10(1)(b)(ii))"
	case DirectedPerson:
		return "a person specified by a direction of the Scottish Ministers in force (s.10(1)(b)(iii))"
	}
	return "a person within section 10(1)(b)"
}

func requestWords(k RequestKind) string {
	if k == Contribute {
		return "contribute to"
	}
	return "participate in"
}

func (r Record) checkEngagement(ctx recordJudge) part3.Findings {
	var fs part3.Findings
	// An engagement dated after the as-of date has not happened on it.
	asOf := ctx.ctx.AsOf
	has := func(g EngagementGroup) bool {
		return slices.ContainsFunc(r.Engagement, func(e Engagement) bool { return e.With == g && !e.On.After(asOf) })
	}
	var missingGroups []string
	if !has(ChildrenAndYoungPeople) {
		missingGroups = append(missingGroups, "children and young people")
	}
	if !has(Families) {
		missingGroups = append(missingGroups, "families")
	}
	if len(missingGroups) > 0 {
		later := ""
		for _, e := range r.Engagement {
			if (e.With == ChildrenAndYoungPeople || e.With == Families) && e.On.After(asOf) {
				later = fmt.Sprintf(" as of %s (an engagement recorded for %s lies in the future)", asOf, e.On)
				break
			}
		}
		fs = append(fs, ruleChildrenYoungPeopleFamilies.Findingf(part3.PointerJoin(ctx.Path, "engagement"),
			"No consultation with %s is recorded%s; guidance para 87 sets a clear expectation that children, young people and families, the users of children's services, are consulted",
			strings.Join(missingGroups, " or "), later))
	}
	third := has(ThirdSectorInterface) || slices.ContainsFunc(r.Consultees, func(c Consultee) bool {
		return c.consultedBy(asOf) && c.Sector == ThirdSector
	})
	if !third {
		fs = append(fs, ruleThirdSector.Finding(part3.PointerJoin(ctx.Path, "engagement"),
			"No participation of third sector organisations is recorded; guidance para 95 says the local authority and the relevant health board should make all reasonable efforts to facilitate the participation or contribution of a broad range of them, and para 86 notes the local Third Sector Interface can coordinate their responses. Record an engagement with the Third Sector Interface (group \"third-sector-interface\"), or the third sector organisations consulted (sector \"third-sector\")"))
	}
	return fs
}
