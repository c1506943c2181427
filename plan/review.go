package plan

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/internal/words"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// Criterion is one of the fifteen review criteria of guidance Appendix A,
// or a part of one, or one of the ten steps of Appendix B, with its words
// and citation.
//
// Criterion 6 ("cover local services which fall into the categories of
// both 'children's services' and 'related services' in its scope") is
// scored in two parts, as the national review of the 2023-2026 plans
// scores it: 6a, children's services, and 6b, related services. Both have
// Number 6 and cite criterion 6; their Labels tell them apart. Every other
// criterion's Label is its number ("1", "15"). Its JSON form has both:
// {"number": 6, "label": "6a", ...}.
type Criterion struct {
	// Number is its place in the appendix, from 1.
	Number int `json:"number"`
	// Label names it in a table: its number, with a letter for a part of
	// a criterion the national review scores in parts ("6a", "6b").
	Label string `json:"label"`
	// Title is a short name, such as "Vision".
	Title string `json:"title"`
	// Text is the criterion or step in the appendix's words.
	Text string `json:"text"`
	// Citation is "guidance appendix A criterion N" or "guidance appendix B
	// step N".
	Citation part3.Citation `json:"citation"`
}

var criteria = []Criterion{
	{1, "", "Vision", "Have a clear, ambitious compelling shared vision of what will be achieved by the end of the plan?", part3.Citation{}},
	{2, "", "National Performance Framework", "Reflect relevant National Performance Framework Outcomes?", part3.Citation{}},
	{3, "", "Joint strategic needs assessment", "Incorporate a robust evidence-based joint strategic needs assessment of the current population of the children and young people in its area?", part3.Citation{}},
	{4, "", "Data", "Include analysis of quantitative and qualitative evidence and data relating to both service performance and child wellbeing?", part3.Citation{}},
	{5, "", "Manageable, measurable priorities", "Identify a manageable number of measurable priorities clearly linked to the joint needs assessment to ensure that the rationale behind the priorities is explicit?", part3.Citation{}},
	{6, "6a", "Children's services", "Cover local services which fall into the categories of both 'children's services' and 'related services' in its scope? (6a: local services in the category of 'children's services', as the national review of the 2023-2026 plans scores it)", part3.Citation{}},
	{6, "6b", "Related services", "Cover local services which fall into the categories of both 'children's services' and 'related services' in its scope? (6b: local services in the category of 'related services', as the national review of the 2023-2026 plans scores it)", part3.Citation{}},
	{7, "", "Prevention and early intervention", "Recognise and describe services which can fulfil both 'primary prevention' and 'early intervention' across all aspects of wellbeing?", part3.Citation{}},
	{8, "", "Getting it right for every child", "Describe how the Community Planning Partnership is creating and maintaining effective Getting it Right for Every Child practice for individual children, young people and their families?", part3.Citation{}},
	{9, "", "Children's rights", "Describe how the Community Planning Partnership is using children's rights to inform the structural, procedural and outcome framework of the plan?", part3.Citation{}},
	{10, "", "Engagement and ownership", "Convey a shared sense of ongoing engagement and ownership with staff, children, young people, families and the wider community, evidencing that the Community Planning Partnership has made full use of stakeholder's ideas and suggestions?", part3.Citation{}},
	{11, "", "Family support", "Set out a comprehensive strategy for supporting families through a broad range of preventative and early intervention approaches from universal services to targeted intensive support and describe the rationale for how and where the family support services are provided?", part3.Citation{}},
	{12, "", "Development and disinvestment", "Describe what services are going to be developed in the future and specifying which areas will see disinvestment in order to facilitate the shift of resources towards preventative and early intervention options?", part3.Citation{}},
	{13, "", "Monitoring indicators", "Set clear indicators for monitoring and evaluating the effectiveness of children's services in terms of their success in responding to and addressing children's wellbeing needs?", part3.Citation{}},
	{14, "", "Accessible and SMART", "Present all the information in an easily accessible format which is SMART (Specific, Measurable, Achievable, Relevant and Time-related)?", part3.Citation{}},
	{15, "", "Links to other plans and reports", "Illustrate links to other statutory plans and reports?", part3.Citation{}},
}

var steps = []Criterion{
	{1, "", "An ambitious and compelling shared vision", "Having an ambitious and compelling vision for children and young people with explicit values based on children's rights is essential to effective leadership of children's services planning.", part3.Citation{}},
	{2, "", "A joint strategic needs assessment", "Based on this evidence, partners should agree priority objectives. A good plan will have no more than 3 – 5 priorities in total.", part3.Citation{}},
	{3, "", "Strategic mapping of services", "Extensive and detailed mapping of existing services supports effective planning. This should involve robust cost/benefit analysis of all services provided directly or commissioned from the third sector.", part3.Citation{}},
	{4, "", "Identifying the totality of the resource", "Overall information on available finance, staffing and assets is clearly stated and is then linked specifically to activities throughout the plan. Partners should be explicit about the increasing resources to be directed towards prevention and early intervention.", part3.Citation{}},
	{5, "", "Matching needs and services", "Community planning partners should show that existing services are delivering improvements in wellbeing clearly aligned to priority areas of need.", part3.Citation{}},
	{6, "", "Developing sets of local outcome indicators", "Establish baseline measures and set targets linked to priority areas for improvement. Milestones can be identified to support annual public reporting on progress.", part3.Citation{}},
	{7, "", "Informed consultation", "Stakeholders, including children and young people, are involved in making decisions about children's services planning based on accessible information.", part3.Citation{}},
	{8, "", "Developing a SMART delivery plan", "A clear and concise delivery plan details the specific improvement aims and actions linked to each priority: Specific, Measurable, Achievable, Relevant and Time-related, and adequately resourced.", part3.Citation{}},
	{9, "", "Governance and accountability", "A strategic group tasked with children's services planning should report directly to the Community Planning Partnership and should be responsible for the development and delivery of the plan.", part3.Citation{}},
	{10, "", "Annual performance reporting", "Annual public performance reporting should identify the measurable difference the plan has made to the lives of children and young people, describing at the outset what success will look like.", part3.Citation{}},
}

func init() {
	for i := range criteria {
		criteria[i].Citation = part3.AppendixACriterion(criteria[i].Number)
		if criteria[i].Label == "" {
			criteria[i].Label = strconv.Itoa(criteria[i].Number)
		}
	}
	for i := range steps {
		steps[i].Citation = part3.AppendixBStep(steps[i].Number)
		steps[i].Label = strconv.Itoa(steps[i].Number)
	}
}

// Criteria returns the review criteria of Appendix A in the appendix's
// order, criterion 6 in its two parts 6a and 6b (see [Criterion]): sixteen
// rows for fifteen criteria, the rows of the national review's figures.
// The slice is new on each call.
func Criteria() []Criterion { return slices.Clone(criteria) }

// Steps returns the ten steps of Appendix B, the Care Inspectorate's "10
// steps to successful children's services planning", in order. The slice is
// new on each call.
func Steps() []Criterion { return slices.Clone(steps) }

// Judgement is the review's verdict on one criterion of Appendix A or one
// step of Appendix B: the verdict, the JSON Pointer paths in the plan that
// support it, and a one-line reason.
type Judgement struct {
	// Number is the criterion's or step's number.
	Number int `json:"number"`
	// Label is the criterion's label: its number, or "6a" or "6b" for the
	// two parts of criterion 6 (see [Criterion]); a step's number.
	Label string `json:"label"`
	// Title is its short name.
	Title string `json:"title"`
	// Citation is "guidance appendix A criterion N" or "guidance appendix B
	// step N".
	Citation part3.Citation `json:"citation"`
	// Verdict is met, partly met, not met or cannot tell.
	Verdict Verdict `json:"verdict"`
	// Evidence are the paths in the plan the verdict rests on, at most a
	// few of each kind; empty when nothing was found.
	Evidence []string `json:"evidence"`
	// Reason says why, in one line.
	Reason string `json:"reason"`
}

// Review is the review of one plan against the fifteen criteria of
// Appendix A, criterion 6 in its two parts 6a and 6b as the national review
// scores it (sixteen verdicts), with the ten steps of Appendix B as a
// practice checklist beside it.
//
// The Scottish Government's review is a person's judgement of a plan's
// quality: whether a vision is compelling, an assessment robust, a strategy
// comprehensive. This review cannot make that judgement. Its verdicts are
// structural: is what the criterion asks for present in the document,
// linked to the rest of it, and measurable? "Met" means everything the
// structural test looks for is there, not that a reviewer would find it
// good; "cannot tell" means the document holds no record that would decide
// it. Read a verdict with its reason and evidence, as a guide to where a
// reviewer should look.
type Review struct {
	// Partnership is the partnership's name, or the names of its bodies
	// when the plan gives none.
	Partnership string `json:"partnership"`
	// Councils are the council areas the plan is for.
	Councils []service.Council `json:"councils"`
	// Period is the three-year period the plan answers to.
	Period period.PlanPeriod `json:"period"`
	// Title is the plan's title as written.
	Title string `json:"title"`
	// Revision is 0 for an original plan, n for its nth revision.
	Revision int `json:"revision"`
	// GuidanceApplies reports whether the 2nd edition of the guidance, and
	// so Appendices A and B as written there, applies to the plan: not for
	// 2017-2020. A review of a 2017-2020 plan is given for comparison only.
	GuidanceApplies bool `json:"guidance_applies"`
	// Criteria are the verdicts on the criteria, in order: sixteen, with
	// criterion 6 in its two parts.
	Criteria []Judgement `json:"criteria"`
	// Steps are the verdicts on the ten steps, in order.
	Steps []Judgement `json:"steps"`
}

// Count returns how many of the sixteen verdicts on the criteria of
// Appendix A (criterion 6 in its two parts) are v.
func (r Review) Count(v Verdict) int {
	n := 0
	for _, j := range r.Criteria {
		if j.Verdict == v {
			n++
		}
	}
	return n
}

// Criterion returns the verdict on the criterion of Appendix A with the
// given label ("1" to "15", or "6a" and "6b" for the two parts of criterion
// 6), and false if the review has none.
func (r Review) Criterion(label string) (Judgement, bool) {
	for _, j := range r.Criteria {
		if j.Label == label {
			return j, true
		}
	}
	return Judgement{}, false
}

// PartnershipName returns the partnership's name, or, when the plan gives
// none, the bodies that prepared it: "Angus Council, Dundee City Council
// and Perth and Kinross Council with NHS Tayside".
func (p Plan) PartnershipName() string {
	if !blank(p.Partnership.Name) {
		return p.Partnership.Name
	}
	var councils, boards []string
	for _, a := range p.Partnership.Areas {
		councils = append(councils, a.Council.Authority())
		if b := a.HealthBoard.Name(); b != "" && !slices.Contains(boards, b) {
			boards = append(boards, b)
		}
	}
	if len(boards) == 0 {
		return words.And(councils)
	}
	return words.And(councils) + " with " + words.And(boards)
}

// maxEvidence is the most evidence paths of one kind a judgement lists.
const maxEvidence = 5

// Review reviews plan p against the fifteen criteria of Appendix A
// (criterion 6 in its two parts, 6a and 6b) and the ten steps of Appendix
// B. The verdicts are structural (see [Review]). ctx gives the law under
// which its services are classified (criteria 6a and 6b); it is read on
// the day the plan was prepared. It is an error only if
// ctx is not valid ([judgement.Context.Validate]). Review is a pure
// function, safe to call from many goroutines at once.
func (p Plan) Review(ctx judgement.Context) (Review, error) {
	if err := ctx.Validate(); err != nil {
		return Review{}, err
	}
	j := newJudge(&p, ctx)
	r := &reviewer{p: &p, j: j, measured: p.measuredPriorities()}
	out := Review{
		Partnership:     p.PartnershipName(),
		Councils:        p.Partnership.Councils(),
		Period:          p.Period,
		Title:           p.Title,
		Revision:        p.Version.Revision,
		GuidanceApplies: !p.Period.IsValid() || p.Period.GuidanceApplies(),
	}
	for i, f := range []func() Judgement{r.c1, r.c2, r.c3, r.c4, r.c5, r.c6a, r.c6b, r.c7, r.c8, r.c9, r.c10, r.c11, r.c12, r.c13, r.c14, r.c15} {
		out.Criteria = append(out.Criteria, r.finish(f(), criteria[i]))
	}
	for i, f := range []func() Judgement{r.s1, r.s2, r.s3, r.s4, r.s5, r.s6, r.s7, r.s8, r.s9, r.s10} {
		out.Steps = append(out.Steps, r.finish(f(), steps[i]))
	}
	return out, nil
}

// reviewer is one review in progress.
type reviewer struct {
	p        *Plan
	j        *judge
	measured map[string]bool // IDs of priorities measured by an indicator
}

func (r *reviewer) finish(v Judgement, c Criterion) Judgement {
	v.Number, v.Label, v.Title, v.Citation = c.Number, c.Label, c.Title, c.Citation
	if v.Evidence == nil {
		v.Evidence = []string{}
	}
	return v
}

func verdict(v Verdict, reason string, evidence ...string) Judgement {
	return Judgement{Verdict: v, Reason: reason, Evidence: evidence}
}

// graded gives Met when every part holds, NotMet when none does, and
// PartlyMet otherwise, with a reason naming what is missing.
func graded(found string, parts []part, evidence []string) Judgement {
	var have, lack []string
	for _, p := range parts {
		if p.ok {
			have = append(have, p.name)
		} else {
			lack = append(lack, p.name)
		}
	}
	switch {
	case len(lack) == 0:
		return verdict(Met, words.Capitalise(found)+": "+strings.Join(have, "; "), evidence...)
	case len(have) == 0:
		return verdict(NotMet, "Not found: "+strings.Join(lack, "; "), evidence...)
	}
	return verdict(PartlyMet, words.Capitalise(found)+": "+strings.Join(have, "; ")+"; but not: "+strings.Join(lack, "; "), evidence...)
}

type part struct {
	name string
	ok   bool
}

// paths returns up to maxEvidence paths base/i for the items of a list of n
// for which keep is true.
func paths(base string, n int, keep func(i int) bool) []string {
	var out []string
	for i := 0; i < n && len(out) < maxEvidence; i++ {
		if keep == nil || keep(i) {
			out = append(out, part3.PointerJoin(base, i))
		}
	}
	return out
}

func all(int) bool { return true }

// statementJudgement judges a criterion that asks the plan to describe
// something: a description is met; services or actions alone are partly.
func statementJudgement(s Statement, path, what string) Judgement {
	var links []string
	if len(s.Services) > 0 {
		links = append(links, path+"/services")
	}
	if len(s.Actions) > 0 {
		links = append(links, path+"/actions")
	}
	switch {
	case s.hasText() && s.linked():
		return verdict(Met, fmt.Sprintf("The plan describes %s and links it to %s", what,
			words.Count(len(s.Services)+len(s.Actions), "service or action", "services or actions")), append([]string{path + "/text"}, links...)...)
	case s.hasText():
		return verdict(Met, fmt.Sprintf("The plan describes %s; whether the description is effective is a reader's judgement", what), path+"/text")
	case s.linked():
		return verdict(PartlyMet, fmt.Sprintf("The plan names services or actions for %s but does not describe it", what), links...)
	}
	return verdict(NotMet, fmt.Sprintf("The plan does not describe %s", what))
}

func (r *reviewer) c1() Judgement {
	if blank(r.p.Vision) {
		return verdict(NotMet, "The plan states no vision")
	}
	return verdict(Met, "A vision statement is present; whether it is clear, ambitious, compelling and shared is a reader's judgement", "/vision")
}

func (r *reviewer) c2() Judgement {
	n := len(r.p.NationalOutcomes)
	if n == 0 {
		return verdict(NotMet, "The plan names no National Performance Framework outcome")
	}
	how := 0
	for _, o := range r.p.NationalOutcomes {
		if !blank(o.How) {
			how++
		}
	}
	ev := paths("/national_outcomes", n, all)
	if how < n {
		return verdict(PartlyMet, fmt.Sprintf("The plan names %s but says how it reflects only %d", words.Count(n, "national outcome", "national outcomes"), how), ev...)
	}
	return verdict(Met, fmt.Sprintf("The plan names %s and says how it reflects each", words.Count(n, "national outcome", "national outcomes")), ev...)
}

func (r *reviewer) c3() Judgement {
	na := r.p.NeedsAssessment
	ev := na.Evidence
	sourced := 0
	for _, e := range ev {
		if !blank(e.Source) {
			sourced++
		}
	}
	linked := slices.ContainsFunc(r.p.Priorities, func(x Priority) bool { return len(x.Evidence) > 0 })
	var where []string
	if !blank(na.Summary) {
		where = append(where, "/needs_assessment/summary")
	}
	where = append(where, paths("/needs_assessment/evidence", len(ev), all)...)
	return graded("the needs assessment has", []part{
		{"a summary", !blank(na.Summary)},
		{"items of evidence", len(ev) > 0},
		{"a source for every item", len(ev) > 0 && sourced == len(ev)},
		{"priorities that draw on it", linked},
	}, where)
}

func (r *reviewer) c4() Judgement {
	ev := r.p.NeedsAssessment.Evidence
	first := func(keep func(e Evidence) bool) (string, bool) {
		if i := slices.IndexFunc(ev, keep); i >= 0 {
			return part3.Pointer("needs_assessment", "evidence", i), true
		}
		return "", false
	}
	var where []string
	var parts []part
	for _, c := range []struct {
		name string
		keep func(e Evidence) bool
	}{
		{"quantitative evidence", func(e Evidence) bool { return e.Type == Quantitative }},
		{"qualitative evidence", func(e Evidence) bool { return e.Type == Qualitative }},
		{"evidence on child wellbeing", func(e Evidence) bool { return e.Subject == ChildWellbeing }},
		{"evidence on service performance", func(e Evidence) bool { return e.Subject == ServicePerformance }},
	} {
		path, ok := first(c.keep)
		if ok && !slices.Contains(where, path) {
			where = append(where, path)
		}
		parts = append(parts, part{c.name, ok})
	}
	return graded("the plan has", parts, where)
}

func (r *reviewer) c5() Judgement {
	ps := r.p.Priorities
	if len(ps) == 0 {
		return verdict(NotMet, "The plan states no priorities")
	}
	everyRationale := !slices.ContainsFunc(ps, func(x Priority) bool { return blank(x.Rationale) })
	everyLinked := !slices.ContainsFunc(ps, func(x Priority) bool { return len(x.Evidence) == 0 })
	everyMeasured := !slices.ContainsFunc(ps, func(x Priority) bool { return !x.Measurable && !r.measured[x.ID] })
	return graded(fmt.Sprintf("the plan has %s", words.Count(len(ps), "priority", "priorities")), []part{
		{"a manageable number (no more than five)", len(ps) <= maxPriorities},
		{"a rationale for each", everyRationale},
		{"a link to the needs assessment for each", everyLinked},
		{"a measure for each", everyMeasured},
	}, paths("/priorities", len(ps), all))
}

// c6a and c6b are the two parts of criterion 6, as the national review
// scores them: the plan's scope covers local services in the category of
// children's services (6a), and of related services (6b), under the
// definitions of s.7(1) (service.Classify). Whether it covers all of them
// in the area cannot be told from the document, so a part is met when the
// plan covers at least one such service and not met when it covers none.
func (r *reviewer) c6a() Judgement {
	return r.c6(service.ChildrensService, "children's service", "children's services")
}

func (r *reviewer) c6b() Judgement {
	return r.c6(service.RelatedService, "related service", "related services")
}

func (r *reviewer) c6(kind service.ServiceKind, one, many string) Judgement {
	var ev []string
	n := 0
	for i := range r.p.Services {
		if r.j.classes.kind(&r.p.Services[i].Service) != kind {
			continue
		}
		n++
		if len(ev) < maxEvidence {
			ev = append(ev, part3.Pointer("services", i))
		}
	}
	if n == 0 {
		return verdict(NotMet, fmt.Sprintf("Under the definitions of s.7(1) the plan covers no %s", one))
	}
	return verdict(Met, fmt.Sprintf("Under the definitions of s.7(1) the plan covers %s; whether it covers all of them in the area cannot be told from the document",
		words.Count(n, one, many)), ev...)
}

func (r *reviewer) c7() Judgement {
	has := func(role PreventionRole) func(int) bool {
		return func(i int) bool { return slices.Contains(r.p.Services[i].Prevention, role) }
	}
	primary := paths("/services", len(r.p.Services), has(PrimaryPrevention))
	early := paths("/services", len(r.p.Services), has(EarlyIntervention))
	var where []string
	if r.p.Prevention.hasText() {
		where = append(where, "/prevention/text")
	}
	if r.p.Aims.Prevention.hasText() {
		where = append(where, "/aims/prevention/text")
	}
	wellbeing := r.wellbeingCovered()
	note := fmt.Sprintf("; its outcomes and indicators concern %d of the 8 wellbeing indicators", wellbeing)
	for _, p := range append(primary, early...) {
		if !slices.Contains(where, p) {
			where = append(where, p)
		}
	}
	switch {
	case len(primary) > 0 && len(early) > 0:
		return verdict(Met, "The plan names services for both primary prevention and early intervention"+note, where...)
	case len(where) > 0:
		return verdict(PartlyMet, "The plan does not name services for both primary prevention and early intervention"+note, where...)
	}
	return verdict(NotMet, "The plan neither describes prevention and early intervention nor names services for them")
}

// wellbeingCovered counts the wellbeing indicators of s.96(2) the plan's
// outcomes and indicators concern.
func (r *reviewer) wellbeingCovered() int {
	var seen [9]bool
	n := 0
	mark := func(w service.WellbeingIndicator) {
		if w.IsValid() && int(w) < len(seen) && !seen[w] {
			seen[w] = true
			n++
		}
	}
	for _, o := range r.p.Outcomes {
		for _, w := range o.Wellbeing {
			mark(w)
		}
	}
	for _, x := range r.p.Indicators {
		mark(x.Wellbeing)
	}
	return n
}

func (r *reviewer) c8() Judgement {
	return statementJudgement(r.p.GIRFEC, "/girfec", "Getting it right for every child practice")
}

func (r *reviewer) c9() Judgement {
	return statementJudgement(r.p.ChildrensRights, "/childrens_rights", "how children's rights inform the plan")
}

// engaged reports whether the preparation record shows engagement with
// group g, and the path of the first.
func (r *reviewer) engaged(g consult.EngagementGroup) (string, bool) {
	if i := slices.IndexFunc(r.p.Preparation.Engagement, func(e consult.Engagement) bool { return e.With == g }); i >= 0 {
		return part3.Pointer("preparation", "engagement", i), true
	}
	return "", false
}

// noRecord reports whether the plan holds no record of its preparation.
func (r *reviewer) noRecord() bool {
	rec := r.p.Preparation
	return len(rec.Opportunities) == 0 && len(rec.Consultees) == 0 && len(rec.Engagement) == 0
}

func (r *reviewer) c10() Judgement {
	if r.noRecord() {
		return verdict(CannotTell, "The document holds no record of the plan's preparation, engagement or consultation")
	}
	staff, okS := r.engaged(consult.Staff)
	cyp, okC := r.engaged(consult.ChildrenAndYoungPeople)
	fam, okF := r.engaged(consult.Families)
	community, okW := r.engaged(consult.WiderCommunity)
	consulted := paths("/preparation/consultees", len(r.p.Preparation.Consultees), func(i int) bool { return r.p.Preparation.Consultees[i].Consulted })
	var where []string
	for _, p := range []string{staff, cyp, fam, community} {
		if p != "" {
			where = append(where, p)
		}
	}
	j := graded("the record shows", []part{
		{"engagement with staff", okS},
		{"engagement with children and young people", okC},
		{"engagement with families", okF},
		{"engagement with the wider community", okW},
		{"organisations consulted", len(consulted) > 0},
	}, append(where, consulted...))
	if j.Verdict == Met {
		j.Reason += "; whether stakeholders' ideas were used is a reader's judgement"
	}
	return j
}

func (r *reviewer) c11() Judgement {
	fs := r.p.FamilySupport
	var where []string
	for _, f := range []struct {
		path string
		ok   bool
	}{{"/family_support/strategy", !blank(fs.Strategy)}, {"/family_support/rationale", !blank(fs.Rationale)},
		{"/family_support/levels", len(fs.Levels) > 0}, {"/family_support/services", len(fs.Services) > 0}} {
		if f.ok {
			where = append(where, f.path)
		}
	}
	return graded("the family support strategy has", []part{
		{"a strategy", !blank(fs.Strategy)},
		{"a rationale for how and where support is provided", !blank(fs.Rationale)},
		{"universal support", slices.Contains(fs.Levels, Universal)},
		{"targeted or intensive support", slices.Contains(fs.Levels, Targeted) || slices.Contains(fs.Levels, Intensive)},
	}, where)
}

func (r *reviewer) c12() Judgement {
	dev := paths("/services_to_develop", len(r.p.ServicesToDevelop), all)
	dis := paths("/disinvestment", len(r.p.Disinvestment), all)
	return graded("the plan names", []part{
		{"services to be developed", len(dev) > 0},
		{"areas of disinvestment", len(dis) > 0},
	}, append(dev, dis...))
}

func (r *reviewer) c13() Judgement {
	xs := r.p.Indicators
	if len(xs) == 0 {
		return verdict(NotMet, "The plan sets no indicators")
	}
	full := 0
	for _, x := range xs {
		if !x.Baseline.IsZero() && !x.Target.IsZero() {
			full++
		}
	}
	measured := make(map[string]bool, len(r.p.Outcomes))
	for _, x := range xs {
		measured[x.Outcome] = true
	}
	every := !slices.ContainsFunc(r.p.Outcomes, func(o Outcome) bool { return !measured[o.ID] })
	where := paths("/indicators", len(xs), all)
	if !blank(r.p.Monitoring.Arrangements) {
		where = append(where, "/monitoring/arrangements")
	}
	return graded(fmt.Sprintf("the plan sets %s", words.Count(len(xs), "indicator", "indicators")), []part{
		{"a baseline and target for each", full == len(xs)},
		{"an indicator for every outcome", every},
		{"monitoring arrangements", !blank(r.p.Monitoring.Arrangements)},
	}, where)
}

// actionStats counts the plan's actions, those that are SMART and those
// that are resourced. Its evidence is the paths of a few actions that
// are not SMART, or of a few that are when all are.
func (r *reviewer) actionStats() (n, smart, resourced int, evidence []string) {
	var good, bad []string
	for i := range r.p.Services {
		for k, a := range r.p.Services[i].Actions {
			n++
			if !blank(a.Resources) {
				resourced++
			}
			if isSMART(&a) {
				smart++
				if len(good) < maxEvidence {
					good = append(good, part3.Pointer("services", i, "actions", k))
				}
			} else if len(bad) < maxEvidence {
				bad = append(bad, part3.Pointer("services", i, "actions", k))
			}
		}
	}
	if len(bad) > 0 {
		return n, smart, resourced, bad
	}
	return n, smart, resourced, good
}

func (r *reviewer) c14() Judgement {
	n, smart, _, actions := r.actionStats()
	versions := paths("/publication/accessible_versions", len(r.p.Publication.AccessibleVersions), all)
	j := graded("the plan has", []part{
		{"an accessible or summary version", len(versions) > 0},
		{"actions", n > 0},
		{"a measure, a timescale and a lead for every action", n > 0 && smart == n},
	}, append(versions, actions...))
	if n > 0 && smart < n {
		j.Reason += fmt.Sprintf(" (%d of %d actions are SMART)", smart, n)
	}
	return j
}

func (r *reviewer) c15() Judgement {
	n := len(r.p.LinkedPlans)
	if n == 0 {
		return verdict(NotMet, "The plan links to no other statutory plan or report")
	}
	how := 0
	for _, l := range r.p.LinkedPlans {
		if !blank(l.How) || l.Incorporated {
			how++
		}
	}
	ev := paths("/linked_plans", n, all)
	if how < n {
		return verdict(PartlyMet, fmt.Sprintf("The plan names %s but says how it links to only %d", words.Count(n, "other plan", "other plans"), how), ev...)
	}
	return verdict(Met, fmt.Sprintf("The plan links to %s and says how", words.Count(n, "other plan or report", "other plans and reports")), ev...)
}

func (r *reviewer) s1() Judgement {
	var where []string
	if !blank(r.p.Vision) {
		where = append(where, "/vision")
	}
	if r.p.ChildrensRights.hasText() {
		where = append(where, "/childrens_rights/text")
	}
	return graded("the plan has", []part{
		{"a vision", !blank(r.p.Vision)},
		{"values based on children's rights", r.p.ChildrensRights.hasText()},
	}, where)
}

func (r *reviewer) s2() Judgement {
	n := len(r.p.Priorities)
	linked := n > 0 && !slices.ContainsFunc(r.p.Priorities, func(x Priority) bool { return len(x.Evidence) == 0 })
	where := paths("/needs_assessment/evidence", min(1, len(r.p.NeedsAssessment.Evidence)), all)
	where = append(where, paths("/priorities", n, all)...)
	return graded("the plan has", []part{
		{"evidence of need", len(r.p.NeedsAssessment.Evidence) > 0},
		{"priorities drawn from it", linked},
		{"no more than five priorities", n > 0 && n <= maxPriorities},
	}, where)
}

func (r *reviewer) s3() Judgement {
	n := len(r.p.Services)
	costed := !slices.ContainsFunc(r.p.Resources.Items, func(x ResourceItem) bool { return x.AmountGBP == 0 }) && len(r.p.Resources.Items) > 0
	where := paths("/services", n, all)
	if costed {
		where = append(where, "/resources/items")
	}
	j := graded("the plan has", []part{
		{"a map of the services it covers", n > 0},
		{"costed resources", costed},
	}, where)
	if j.Verdict != NotMet {
		j.Reason += "; whether services had a cost/benefit analysis cannot be told from the document"
	}
	return j
}

func (r *reviewer) s4() Judgement {
	res := r.p.Resources
	n, _, withResources, _ := r.actionStats()
	var where []string
	for _, f := range []struct {
		path string
		ok   bool
	}{{"/resources/summary", !blank(res.Summary)}, {"/resources/items", len(res.Items) > 0}, {"/resources/shift_to_prevention", !blank(res.ShiftToPrevention)}} {
		if f.ok {
			where = append(where, f.path)
		}
	}
	return graded("the plan has", []part{
		{"a statement of the resources available", !blank(res.Summary) || len(res.Items) > 0},
		{"resources linked to every action", n > 0 && withResources == n},
		{"a shift of resources towards prevention", !blank(res.ShiftToPrevention)},
	}, where)
}

func (r *reviewer) s5() Judgement {
	n := 0
	linked := 0
	served := make(map[string]bool, len(r.p.Priorities))
	var where []string
	for i := range r.p.Services {
		for k, a := range r.p.Services[i].Actions {
			n++
			if a.Priority != "" {
				linked++
				served[a.Priority] = true
			} else if len(where) < maxEvidence {
				where = append(where, part3.Pointer("services", i, "actions", k))
			}
		}
	}
	every := len(r.p.Priorities) > 0 && !slices.ContainsFunc(r.p.Priorities, func(x Priority) bool { return !served[x.ID] })
	where = append(where, paths("/priorities", len(r.p.Priorities), func(i int) bool { return !served[r.p.Priorities[i].ID] })...)
	if len(where) == 0 {
		where = paths("/priorities", len(r.p.Priorities), all)
	}
	return graded("the plan has", []part{
		{"actions", n > 0},
		{"a priority for every action", n > 0 && linked == n},
		{"actions for every priority", every},
	}, where)
}

func (r *reviewer) s6() Judgement {
	xs := r.p.Indicators
	count := func(keep func(Indicator) bool) int {
		n := 0
		for _, x := range xs {
			if keep(x) {
				n++
			}
		}
		return n
	}
	n := len(xs)
	return graded("the plan's indicators have", []part{
		{"baselines", n > 0 && count(func(x Indicator) bool { return !x.Baseline.IsZero() }) == n},
		{"targets", n > 0 && count(func(x Indicator) bool { return !x.Target.IsZero() }) == n},
		{"milestones", n > 0 && count(func(x Indicator) bool { return len(x.Milestones) > 0 }) == n},
	}, paths("/indicators", n, all))
}

func (r *reviewer) s7() Judgement {
	if r.noRecord() {
		return verdict(CannotTell, "The document holds no record of the plan's preparation or consultation")
	}
	cyp, okC := r.engaged(consult.ChildrenAndYoungPeople)
	fam, okF := r.engaged(consult.Families)
	var where []string
	for _, p := range []string{cyp, fam} {
		if p != "" {
			where = append(where, p)
		}
	}
	return graded("the record shows", []part{
		{"children and young people involved", okC},
		{"families involved", okF},
	}, where)
}

func (r *reviewer) s8() Judgement {
	n, smart, resourced, actions := r.actionStats()
	j := graded("the delivery plan has", []part{
		{"actions", n > 0},
		{"a measure, a timescale and a lead for every action", n > 0 && smart == n},
		{"resources for every action", n > 0 && resourced == n},
	}, actions)
	if n > 0 {
		j.Reason += fmt.Sprintf(" (%d of %d actions SMART, %d resourced)", smart, n, resourced)
	}
	return j
}

func (r *reviewer) s9() Judgement {
	if blank(r.p.Monitoring.Governance) {
		return verdict(NotMet, "The plan does not describe its governance")
	}
	return verdict(Met, "The plan describes the group responsible for it and to whom it reports", "/monitoring/governance")
}

func (r *reviewer) s10() Judgement {
	if blank(r.p.Monitoring.Reporting) {
		return verdict(NotMet, "The plan does not describe how it will report on progress each year")
	}
	reason := "The plan describes its annual reporting"
	if !slices.ContainsFunc(r.p.Indicators, func(x Indicator) bool { return len(x.Milestones) > 0 }) {
		reason += ", though no indicator has milestones to report against"
	}
	return verdict(Met, reason, "/monitoring/reporting")
}

// String formats r for a person: a heading, then one line per criterion.
func (r Review) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s: %d met, %d partly met, %d not met, %d cannot tell\n", r.Partnership, r.Period,
		r.Count(Met), r.Count(PartlyMet), r.Count(NotMet), r.Count(CannotTell))
	for _, j := range r.Criteria {
		fmt.Fprintf(&b, "%2d %-11s %s\n", j.Number, j.Verdict, j.Title)
	}
	return b.String()
}
