package report

import (
	"cmp"
	"slices"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/service"
)

// PlanResult is one plan as the national overview sees it: its review
// against Appendix A and, when it was validated, its findings.
type PlanResult struct {
	// File is the name the caller knows the plan's document by, such as
	// its file name, with which the overview names it; "" for none.
	File string `json:"file,omitzero"`
	// Review is the plan's review (plan.Plan.Review).
	Review plan.Review `json:"review"`
	// Findings are the plan's findings (plan.Plan.Judge), when Validated.
	Findings part3.Findings `json:"findings"`
	// Validated reports whether the plan was validated, so that its
	// statutory findings are counted; a plan with no findings has an empty
	// Findings.
	Validated bool `json:"validated"`
}

// Assess reviews plan p against Appendix A and validates it, both with
// ctx: what the national overview needs of one plan. The caller sets the
// result's File.
func Assess(p plan.Plan, ctx judgement.Context) (PlanResult, error) {
	review, err := p.Review(ctx)
	if err != nil {
		return PlanResult{}, err
	}
	fs, err := p.Judge(ctx)
	if err != nil {
		return PlanResult{}, err
	}
	return PlanResult{Review: review, Findings: fs, Validated: true}, nil
}

// Reviewed wraps reviews that were not validated, for an overview of
// verdicts only: their statutory findings are not counted.
func Reviewed(reviews ...plan.Review) []PlanResult {
	out := make([]PlanResult, len(reviews))
	for i, r := range reviews {
		out[i] = PlanResult{Review: r}
	}
	return out
}

// Overview is the national overview of many plans' reviews, as the
// Scottish Government's "analytical evaluation report which will provide an
// overview of the findings of all of the plans" (guidance para 6, Appendix
// A): for each criterion of Appendix A, how many plans met it, partly met
// it, did not meet it or could not be judged; for each plan, its row of
// verdicts; and the statutory findings counted across the plans.
//
// The verdicts are those of plan.Plan.Review: structural, not a reviewer's
// judgement of quality (see plan.Review), so the counts are not the
// published national figures and should be read beside them.
//
// Criterion 6 ("cover local services which fall into the categories of
// both 'children's services' and 'related services'") is one criterion in
// Appendix A; the national review of the 2023-2026 plans scores it in two
// parts, 6a children's services and 6b related services, and so do the
// review and this overview: sixteen rows, in the rows of the national
// figures, so that the figures can be set beside the plans' verdicts row by
// row. Each row has its number and its label ("6a"); in JSON,
// {"number": 6, "label": "6a", ...}.
type Overview struct {
	// Plans is how many plans are counted: one per set of council areas
	// and plan period, the latest version where several are given, and
	// one for documents that claim to be the same version (a duplicate:
	// see PartnershipRow).
	Plans int `json:"plans"`
	// Councils is how many council areas the plans are for: a joint plan,
	// such as Tayside's, is one plan for several (30 plans for 32 areas
	// in 2020-2023 and 2023-2026).
	Councils int `json:"councils"`
	// Periods are the plan periods of the plans, in order.
	Periods []period.PlanPeriod `json:"periods"`
	// ComparisonOnly is how many plans are for 2017-2020, before the 2nd
	// edition of the guidance and its Appendix A: reviewed for comparison
	// only, and counted.
	ComparisonOnly int `json:"comparison_only"`
	// Validated is how many plans were validated, whose statutory findings
	// are counted.
	Validated int `json:"validated"`
	// Criteria are the counts for the criteria of Appendix A, in order:
	// sixteen rows, criterion 6 in its two parts.
	Criteria []CriterionCount `json:"criteria"`
	// Partnerships are the plans' rows, by plan period then partnership.
	Partnerships []PartnershipRow `json:"partnerships"`
	// Statutory are the statutory findings counted by rule across the
	// validated plans, the rule breached by most plans first.
	Statutory []RuleCount `json:"statutory_findings"`
	// Superseded are the earlier versions left out because a later
	// revision of the same plan was given.
	Superseded []PlanVersion `json:"superseded"`
	// Duplicates is how many rows of Partnerships are duplicates: two or
	// more documents that claim to be the same version of the same plan.
	Duplicates int `json:"duplicates"`
}

// CriterionCount is how many plans got each verdict on one criterion of
// Appendix A, or one part of criterion 6.
type CriterionCount struct {
	// Number is the criterion's number, 1 to 15.
	Number int `json:"number"`
	// Label is its label: its number, or "6a" or "6b" for the parts of
	// criterion 6 (plan.Criterion).
	Label string `json:"label"`
	// Title is its short name.
	Title string `json:"title"`
	// Citation is "guidance appendix A criterion N".
	Citation part3.Citation `json:"citation"`
	// Met, PartlyMet, NotMet and CannotTell count the plans with each
	// verdict; a review with no verdict on the criterion counts as
	// CannotTell.
	Met        int `json:"met"`
	PartlyMet  int `json:"partly_met"`
	NotMet     int `json:"not_met"`
	CannotTell int `json:"cannot_tell"`
}

// Count returns how many plans got verdict v.
func (c CriterionCount) Count(v plan.Verdict) int {
	switch v {
	case plan.Met:
		return c.Met
	case plan.PartlyMet:
		return c.PartlyMet
	case plan.NotMet:
		return c.NotMet
	case plan.CannotTell:
		return c.CannotTell
	}
	return 0
}

// PartnershipRow is one plan's row of the overview.
//
// Two or more documents for the same council areas and plan period at the
// same revision claim to be the same version of one plan, and neither the
// order they were given in nor anything else says which is right: the row
// is then a duplicate, naming its documents (Files). It counts as one
// plan. Its verdict on a criterion is counted only where every document
// gets the same verdict; where they differ the row has no verdict on the
// criterion (counted as cannot tell) and names it in Disagree. A statutory
// finding of any of the documents is counted, once if several have it, so
// that a breach in one copy is never hidden by another. The row's name,
// title and council areas are those of the document first in order of
// partnership, title and file name.
type PartnershipRow struct {
	// Partnership is the partnership's name.
	Partnership string `json:"partnership"`
	// Documents is how many documents the row counts: one, or more for a
	// duplicate.
	Documents int `json:"documents"`
	// Files are the names of the documents (PlanResult.File), sorted; a
	// document given without a name is not listed.
	Files []string `json:"files"`
	// Duplicate reports whether the row counts more than one document
	// claiming to be the same version of the plan (Documents > 1).
	Duplicate bool `json:"duplicate,omitzero"`
	// Disagree are the labels of the criteria on which a duplicate's
	// documents get different verdicts, in the order of Overview.Criteria;
	// nil where they agree on every one.
	Disagree []string `json:"disagree,omitzero"`
	// Councils are the council areas of the plan.
	Councils []service.Council `json:"councils"`
	// Period is the plan's three-year period.
	Period period.PlanPeriod `json:"period"`
	// Title is the plan's title as written.
	Title string `json:"title"`
	// Revision is 0 for an original plan, n for its nth revision.
	Revision int `json:"revision"`
	// GuidanceApplies is false for a 2017-2020 plan, reviewed for
	// comparison only.
	GuidanceApplies bool `json:"guidance_applies"`
	// Verdicts are the verdicts on the criteria, in the order of
	// Overview.Criteria (sixteen, criterion 6 in its two parts); the zero
	// Verdict where the review has none.
	Verdicts []plan.Verdict `json:"verdicts"`
	// Met is how many criteria the plan met.
	Met int `json:"met"`
	// Validated reports whether the plan was validated (for a duplicate,
	// any of its documents); Statutory is then its number of statutory
	// findings (for a duplicate, the distinct findings of all of them).
	Validated bool `json:"validated"`
	Statutory int  `json:"statutory_findings"`
}

// RuleCount is one statutory rule's findings across the validated plans.
type RuleCount struct {
	// Rule is the rule's ID.
	Rule string `json:"rule"`
	// Citation is the provision it cites.
	Citation part3.Citation `json:"citation"`
	// Plans is how many plans have at least one finding of the rule.
	Plans int `json:"plans"`
	// Findings is how many findings of the rule there are in all.
	Findings int `json:"findings"`
}

// PlanVersion names one version of a partnership's plan, and the document
// it was given in.
type PlanVersion struct {
	Partnership string            `json:"partnership"`
	Period      period.PlanPeriod `json:"period"`
	Revision    int               `json:"revision"`
	File        string            `json:"file,omitzero"`
}

// criteriaCount is the number of rows of the criteria of Appendix A:
// fifteen criteria, criterion 6 in two parts.
var criteriaCount = len(plan.Criteria())

// NewOverview builds the national overview of results. Where several
// versions of one plan for one period are given (the same council areas),
// only the latest revision counts, and the others are listed as
// superseded. Documents that claim to be the same version (the same
// council areas, period and revision) make one row, a duplicate, whose
// verdicts count only where they agree and whose statutory findings all
// count (see [PartnershipRow]). The overview depends only on the results,
// never on their order: the same results in any order give the same
// overview.
func NewOverview(results []PlanResult) Overview {
	kept := latestVersions(results)
	o := Overview{
		Periods:      []period.PlanPeriod{},
		Criteria:     make([]CriterionCount, 0, criteriaCount),
		Partnerships: make([]PartnershipRow, 0, len(kept.plans)),
		Statutory:    []RuleCount{},
		Superseded:   kept.superseded,
	}
	for _, c := range plan.Criteria() {
		o.Criteria = append(o.Criteria, CriterionCount{Number: c.Number, Label: c.Label, Title: c.Title, Citation: c.Citation})
	}
	councils := map[service.Council]bool{}
	rules := map[string]*RuleCount{}
	for _, docs := range kept.plans {
		rv := docs[0].Review
		o.Plans++
		for _, c := range rv.Councils {
			councils[c] = true
		}
		if rv.Period.IsValid() && !slices.Contains(o.Periods, rv.Period) {
			o.Periods = append(o.Periods, rv.Period)
		}
		if !rv.GuidanceApplies {
			o.ComparisonOnly++
		}
		row := PartnershipRow{Partnership: rv.Partnership, Documents: len(docs), Files: []string{}, Duplicate: len(docs) > 1,
			Councils: slices.Clone(rv.Councils), Period: rv.Period, Title: rv.Title, Revision: rv.Revision,
			GuidanceApplies: rv.GuidanceApplies, Verdicts: make([]plan.Verdict, criteriaCount)}
		for _, d := range docs {
			if d.File != "" {
				row.Files = append(row.Files, d.File)
			}
			row.Validated = row.Validated || d.Validated
		}
		slices.Sort(row.Files)
		if row.Duplicate {
			o.Duplicates++
		}
		if row.Councils == nil {
			row.Councils = []service.Council{}
		}
		for i := range o.Criteria {
			c := &o.Criteria[i]
			v, agree := verdictOf(docs, c.Label)
			if !agree {
				row.Disagree = append(row.Disagree, c.Label)
			}
			row.Verdicts[i] = v
			switch v {
			case plan.Met:
				c.Met++
				row.Met++
			case plan.PartlyMet:
				c.PartlyMet++
			case plan.NotMet:
				c.NotMet++
			default:
				c.CannotTell++
			}
		}
		if row.Validated {
			o.Validated++
			seen := map[string]bool{}
			for _, f := range statutoryFindings(docs) {
				row.Statutory++
				rc := rules[f.Rule]
				if rc == nil {
					rc = &RuleCount{Rule: f.Rule, Citation: f.Citation}
					rules[f.Rule] = rc
				}
				rc.Findings++
				if !seen[f.Rule] {
					seen[f.Rule] = true
					rc.Plans++
				}
			}
		}
		o.Partnerships = append(o.Partnerships, row)
	}
	o.Councils = len(councils)
	slices.SortFunc(o.Periods, period.PlanPeriod.Compare)
	slices.SortStableFunc(o.Partnerships, func(a, b PartnershipRow) int {
		if r := a.Period.Compare(b.Period); r != 0 {
			return r
		}
		if r := strings.Compare(a.Partnership, b.Partnership); r != 0 {
			return r
		}
		return strings.Compare(councilKey(a.Councils), councilKey(b.Councils))
	})
	for _, rc := range rules {
		o.Statutory = append(o.Statutory, *rc)
	}
	slices.SortFunc(o.Statutory, func(a, b RuleCount) int {
		if r := cmp.Compare(b.Plans, a.Plans); r != 0 {
			return r
		}
		return strings.Compare(a.Rule, b.Rule)
	})
	return o
}

// verdictOf returns the verdict the documents of one row get on the
// criterion labelled label, and whether they all agree on it; where they
// do not, the zero Verdict (no verdict).
func verdictOf(docs []PlanResult, label string) (plan.Verdict, bool) {
	first, _ := docs[0].Review.Criterion(label)
	for _, d := range docs[1:] {
		if j, _ := d.Review.Criterion(label); j.Verdict != first.Verdict {
			return 0, false
		}
	}
	return first.Verdict, true
}

// statutoryFindings returns the statutory findings of the validated
// documents of one row, each distinct finding once, in order.
func statutoryFindings(docs []PlanResult) part3.Findings {
	var out part3.Findings
	type key struct{ rule, path, message, by string }
	seen := map[key]bool{}
	for _, d := range docs {
		if !d.Validated {
			continue
		}
		for _, f := range d.Findings {
			k := key{f.Rule, f.Path, f.Message, strings.Join(f.By, "\x00")}
			if f.Severity == part3.Statutory && !seen[k] {
				seen[k] = true
				out = append(out, f)
			}
		}
	}
	out.Sort()
	return out
}

// councilKey is a key for a set of councils: their codes, sorted.
func councilKey(cs []service.Council) string {
	codes := make([]string, len(cs))
	for i, c := range cs {
		codes[i] = c.Code()
	}
	slices.Sort(codes)
	return strings.Join(codes, ",")
}

type versions struct {
	// plans are the documents of each plan counted: one, or several that
	// claim to be the same version, first in the order of
	// compareDocuments.
	plans      [][]PlanResult
	superseded []PlanVersion
}

// latestVersions keeps, for each plan period and set of council areas, the
// documents with the highest revision, and lists the others as
// superseded. Nothing it returns depends on the order of results.
func latestVersions(results []PlanResult) versions {
	type key struct {
		period   period.PlanPeriod
		councils string
	}
	keyOf := func(res PlanResult) key { return key{res.Review.Period, councilKey(res.Review.Councils)} }
	latest := map[key]int{}
	for _, res := range results {
		k := keyOf(res)
		if r, ok := latest[k]; !ok || res.Review.Revision > r {
			latest[k] = res.Review.Revision
		}
	}
	out := versions{superseded: []PlanVersion{}}
	kept := map[key]int{} // the index in out.plans
	for _, res := range results {
		k := keyOf(res)
		if res.Review.Revision < latest[k] {
			out.superseded = append(out.superseded, PlanVersion{Partnership: res.Review.Partnership, Period: res.Review.Period,
				Revision: res.Review.Revision, File: res.File})
			continue
		}
		i, ok := kept[k]
		if !ok {
			i = len(out.plans)
			kept[k] = i
			out.plans = append(out.plans, nil)
		}
		out.plans[i] = append(out.plans[i], res)
	}
	for _, docs := range out.plans {
		slices.SortStableFunc(docs, compareDocuments)
	}
	slices.SortFunc(out.superseded, func(a, b PlanVersion) int {
		if r := a.Period.Compare(b.Period); r != 0 {
			return r
		}
		if r := strings.Compare(a.Partnership, b.Partnership); r != 0 {
			return r
		}
		if r := cmp.Compare(a.Revision, b.Revision); r != 0 {
			return r
		}
		return strings.Compare(a.File, b.File)
	})
	return out
}

// compareDocuments orders the documents of one row by what the row shows
// of the first: partnership, title, file name, then the council areas in
// the order the document gives them. Documents equal in all of these give
// the row the same name, title and areas whichever comes first.
func compareDocuments(a, b PlanResult) int {
	if r := strings.Compare(a.Review.Partnership, b.Review.Partnership); r != 0 {
		return r
	}
	if r := strings.Compare(a.Review.Title, b.Review.Title); r != 0 {
		return r
	}
	if r := strings.Compare(a.File, b.File); r != 0 {
		return r
	}
	return slices.CompareFunc(a.Review.Councils, b.Review.Councils, func(x, y service.Council) int {
		return strings.Compare(x.Code(), y.Code())
	})
}
