package plan

import (
	"strconv"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/internal/words"
	"github.com/csplanning/part3/period"
)

// The IDs of the rules below, as their findings carry them: select
// findings with [part3.Findings.WithRule], find a rule with [LookupRule].
const (
	RuleTitleMatchesPeriodID               = "plan.title-matches-period"
	RuleCopiesAndPublicationWithinPolicyID = "plan.copies-and-publication-within-policy"
	RuleIndicatorTargetsID                 = "plan.indicator-targets"
	RuleManageablePrioritiesID             = "plan.manageable-priorities"
	RuleSmartActionsID                     = "plan.smart-actions"
	RuleLinksToOtherPlansID                = "plan.links-to-other-plans"
)

// The rules of good practice: the review criteria of Appendix A, the Care
// Inspectorate's ten steps of Appendix B, and the partnership's own limits
// (or the module's defaults) where the law sets no number. No law requires
// them; a finding is advice.
var (
	// ruleTitleMatchesPeriod: a plan's title is presentation, but a title
	// naming years other than the three-year period the plan answers to
	// (s.8(1)), such as Highland's "2021-2023" for 2020-2023 or Scottish
	// Borders' "2018-2021", leaves readers unsure which plan is in force.
	// Whether the plan covers its period is judged from its stated dates
	// (ruleStatedDatesCoverPeriod), not from its title.
	//
	// No law or guidance speaks of titles. The rule rests on guidance para
	// 105: the plan is the partnership's vision for public services used
	// by children and families, "and it is therefore important that
	// service users, and the wider community, can access and engage with
	// it", which is "critical to facilitating both accountability and
	// community engagement"; a reader cannot hold a plan to account who
	// cannot tell which period it is for. It cites that paragraph, not
	// s.8(1), which it does not apply (a practice finding never cites the
	// Act), and like every rule citing the 2nd edition it is not applied to
	// a 2017-2020 plan. The message names s.8(1), the section whose
	// periods the title should name.
	ruleTitleMatchesPeriod = part3.Rule{ID: RuleTitleMatchesPeriodID, Severity: part3.Practice, Citation: part3.GuidancePara(105),
		Summary: "The years in the plan's title are those of the three-year period of s.8(1) it answers to, so that readers can tell which plan is in force."}

	// ruleCopiesAndPublicationWithinPolicy: section 10(7) requires the copies
	// and publication "as soon as reasonably practicable after a children's
	// services plan has been prepared", which guidance para 102 reads as "as
	// soon as possible, in view of other duties, functions and commitments",
	// adding that "publication and dissemination should be seen as a priority".
	// Neither sets a number of days: the limit is the partnership's own
	// (judgement.Policy.CopyDays), or the module's default of 28 days where it
	// sets none, and the copies and the publication are graded against it as
	// package duty grades them (duty.Timely.Grade). Passing it is practice,
	// never a breach: the rule rests on para 102, so it is not applied to a
	// 2017-2020 plan, and the finding names the section it relates to.
	ruleCopiesAndPublicationWithinPolicy = part3.Rule{ID: RuleCopiesAndPublicationWithinPolicyID, Severity: part3.Practice, Citation: part3.GuidancePara(102),
		Summary: "Copies are sent and the plan published within the partnership's own limit after it is prepared, or the module's default of 28 days (s.10(7))."}

	// ruleIndicatorTargets: Appendix B step 6: partners "can then establish
	// baseline measures and set targets linked to priority areas for
	// improvement. Milestones can be identified to support annual public
	// reporting on progress."
	ruleIndicatorTargets = part3.Rule{ID: RuleIndicatorTargetsID, Severity: part3.Practice, Citation: part3.AppendixBStep(6),
		Summary: "Each indicator has a target."}

	// ruleManageablePriorities: Appendix B step 2: "A good plan will have no
	// more than 3 – 5 priorities in total"; guidance para 29(ii): "a
	// manageable number of priorities". More than five is a finding.
	ruleManageablePriorities = part3.Rule{ID: RuleManageablePrioritiesID, Severity: part3.Practice, Citation: part3.AppendixBStep(2),
		Summary: "The plan has no more than five priorities."}

	// ruleSmartActions: Appendix B step 8: a delivery plan "details the
	// specific improvement aims and actions linked to each priority. SMART
	// delivery plans are: Specific, Measurable, Achievable, Relevant and
	// Time-related". Guidance para 29(vii): a plan "which details, clearly,
	// the actions which will be taken, by whom, and when". The structural
	// test: the plan has actions, and each has a measure, a timescale (a
	// due date or a timescale as written) and a lead.
	ruleSmartActions = part3.Rule{ID: RuleSmartActionsID, Severity: part3.Practice, Citation: part3.AppendixBStep(8),
		Summary: "The plan has actions, each with a measure, a timescale and a lead."}

	// ruleLinksToOtherPlans: Appendix A criterion 15: does the plan "illustrate
	// links to other statutory plans and reports?" Guidance para 72: the
	// plan "can be linked into the Local Outcomes Improvement Plan, the
	// Health and Social Care Strategic Plan, and other relevant local
	// plans"; Appendix C lists them.
	ruleLinksToOtherPlans = part3.Rule{ID: RuleLinksToOtherPlansID, Severity: part3.Practice, Citation: part3.AppendixACriterion(15),
		Summary: "The plan links to other statutory plans and reports (Appendix C)."}
)

// titleYears finds a range of years in a title: "2021-2023", "2020-23",
// "2020 to 2023", "2020/23", with a hyphen, an en or em dash, with or
// without spaces. Its groups are the first year and the last, in two or
// four digits. It is the regular expression
//
//	((?:19|20)\d\d)\s*(?:-|–|—|/|to)\s*((?:19|20)\d\d|\d\d)\b
//
// matched by hand: the first match, leftmost, as Go's regexp package finds
// it (FuzzTitlePeriod holds the two to the same answers), without the
// regexp's allocations on each plan judged.
func titleYears(title string) (first, last string, ok bool) {
	for i := 0; i+4 <= len(title); i++ {
		if !century(title[i:]) || !isDigit(title[i+2]) || !isDigit(title[i+3]) {
			continue
		}
		k := skipSpace(title, i+4)
		switch rest := title[k:]; {
		case strings.HasPrefix(rest, "-"), strings.HasPrefix(rest, "/"):
			k++
		case strings.HasPrefix(rest, "to"):
			k += len("to")
		case strings.HasPrefix(rest, "\u2013"), strings.HasPrefix(rest, "\u2014"):
			k += len("\u2013")
		default:
			continue
		}
		k = skipSpace(title, k)
		switch {
		case k+4 <= len(title) && century(title[k:]) && isDigit(title[k+2]) && isDigit(title[k+3]) && wordEnd(title, k+4):
			return title[i : i+4], title[k : k+4], true
		case k+2 <= len(title) && isDigit(title[k]) && isDigit(title[k+1]) && wordEnd(title, k+2):
			return title[i : i+4], title[k : k+2], true
		}
	}
	return "", "", false
}

// century reports whether s starts "19" or "20".
func century(s string) bool {
	return len(s) >= 2 && (s[0] == '1' && s[1] == '9' || s[0] == '2' && s[1] == '0')
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// skipSpace returns the index of the first byte of s from i that is not
// white space as the regexp's \s has it: tab, newline, form feed, carriage
// return or space.
func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return i
}

// wordEnd reports whether a word ends at i in s, after a digit: the
// regexp's \b, whose word characters are ASCII letters, digits and '_'.
func wordEnd(s string, i int) bool {
	if i == len(s) {
		return true
	}
	c := s[i]
	return !(isDigit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_')
}

// TitlePeriod reads the range of years in a plan's title, such as
// "2021-2023" in "Highland Integrated Children's Services Plan 2021-2023".
// It returns the years, the real three-year period they name if they name
// one (the zero PlanPeriod if not), and false if the title holds no range
// of years. A last year in two digits is in the first year's century, or
// the next if it would come before the first ("2099-02" is 2099-2102).
func TitlePeriod(title string) (start, end int, pp period.PlanPeriod, ok bool) {
	first, last, ok := titleYears(title)
	if !ok {
		return 0, 0, period.PlanPeriod{}, false
	}
	start, _ = strconv.Atoi(first)
	end, _ = strconv.Atoi(last)
	if len(last) == 2 {
		end += start / 100 * 100
		if end < start {
			end += 100
		}
	}
	// The years as period.ParsePlanPeriod reads them: a real period runs
	// three years from a year one starts.
	if end == start+3 {
		pp, _ = period.PlanPeriodStarting(start)
	}
	return start, end, pp, true
}

func checkTitle(j *judge) {
	start, end, pp, ok := TitlePeriod(j.p.Title)
	if !ok || !j.p.Period.IsValid() || pp == j.p.Period {
		return
	}
	what := "which is not a three-year period of s.8(1)"
	if pp.IsValid() {
		what = "another three-year period"
	}
	j.addf(ruleTitleMatchesPeriod, "/title",
		"The title names %d-%d, %s, but the plan answers to %s (section 8(1)); say in the title, or near it, which statutory period the plan is for, so that service users and the wider community can tell which plan is in force (guidance para 105)",
		start, end, what, j.p.Period)
}

// maxPriorities is the most priorities of "no more than 3 – 5 priorities
// in total" (Appendix B step 2).
const maxPriorities = 5

func checkManageablePriorities(j *judge) {
	if n := len(j.p.Priorities); n > maxPriorities {
		j.addf(ruleManageablePriorities, "/priorities",
			"The plan has %d priorities; Appendix B step 2: \"A good plan will have no more than 3 – 5 priorities in total\", a manageable number towards which resources are directed", n)
	}
}

func checkSMARTActions(j *judge) {
	actions := 0
	for i := range j.p.Services {
		for k := range j.p.Services[i].Actions {
			actions++
			a := &j.p.Services[i].Actions[k]
			if isSMART(a) {
				continue
			}
			var lacks []string
			if blank(a.Measure) {
				lacks = append(lacks, "a measure")
			}
			if !a.Due.IsValid() && blank(a.Timescale) {
				lacks = append(lacks, "a timescale")
			}
			if blank(a.Lead) {
				lacks = append(lacks, "a lead")
			}
			j.addf(ruleSmartActions, part3.Pointer("services", i, "actions", k),
				"Action %s, %q, lacks %s; Appendix B step 8 asks for a SMART delivery plan (Specific, Measurable, Achievable, Relevant and Time-related), and guidance para 29(vii) for actions that say what will be done, by whom and when",
				a.ID, a.Description, words.And(lacks))
		}
	}
	if actions == 0 {
		j.add(ruleSmartActions, "/services",
			"The plan commits its services to no actions; Appendix B step 8: a plan is turned into activities leading to change through a clear and concise delivery plan of actions linked to each priority")
	}
}

// isSMART reports whether a has what the structural SMART test looks for:
// a measure, a timescale (a due date or a timescale as written) and a lead.
func isSMART(a *Action) bool {
	return !blank(a.Measure) && (a.Due.IsValid() || !blank(a.Timescale)) && !blank(a.Lead)
}

func checkLinkedPlans(j *judge) {
	if len(j.p.LinkedPlans) > 0 {
		return
	}
	j.add(ruleLinksToOtherPlans, "/linked_plans",
		"The plan links to no other statutory plan or report; Appendix A criterion 15 asks whether it illustrates links to them, such as the Local Outcomes Improvement Plan, the Corporate Parenting Plan and the Local Child Poverty Action Report (Appendix C)")
}
