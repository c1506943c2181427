// Package report models the annual report of section 13 of the Children and
// Young People (Scotland) Act 2014 (Part 3, Children's Services Planning),
// read with the statutory guidance on Part 3 (2nd edition, 2020), paras 123
// to 133, and the national overview of the plans' reviews:
//
//   - section 13(1): as soon as practicable after each one-year period, the
//     local authority and the relevant health board must publish a report
//     on the extent to which (a) children's and related services were
//     provided in accordance with the plan in that period, and (b) their
//     provision achieved (i) the aims of section 9(2) and (ii) any outcomes
//     the Scottish Ministers prescribe by order (Report, a JSON document of
//     kind "annual-report", read by Decode);
//   - section 12, as the report accounts for it: each departure from the
//     plan and its ground, "so far as reasonably practicable" (s.12(1)) and
//     the exceptions of s.12(3) (Departure, Ground);
//   - the report judged on its own (Validate) or against the plan it is on
//     (Report.JudgeAgainstPlan), with the rules that need the plan listed as
//     skipped when it is not given (Result);
//   - which of a plan's three reporting periods its reports cover, miss or
//     duplicate (CoverageOf);
//   - who published the report: each joint planner of each council area,
//     each named once in a finding however many areas it serves
//     ([RulePublishedJointlyID]); a council, health board or integration
//     joint board of another area recorded as a publisher is noted as
//     likely the wrong document, not called a breach
//     ([RulePublisherOutsidePartnershipID]);
//   - the national overview of many plans' reviews against Appendix A of the
//     guidance, which the Scottish Government publishes (guidance para 6):
//     per criterion (criterion 6 in its two parts, 6a children's services
//     and 6b related services, as the national review of the 2023-2026
//     plans scores it, so that its figures can be set beside the plans'
//     verdicts row by row), per plan and the statutory findings by rule, as
//     JSON, text or a self-contained HTML page (NewOverview, Overview). The
//     overview never depends on the order of the plans: the latest
//     revision of a plan counts, and documents that claim to be the same
//     version make one row marked duplicate, naming them all
//     (PartnershipRow).
//
// Validation returns part3.Finding values at three severities, each citing
// its provision or paragraph: statutory (the Act), guidance (the statutory
// guidance, to which the bodies must have regard) and practice (Appendix
// B's steps, and the partnership's own limits, or the module's defaults,
// where the law sets no number). When the report was published is graded
// as package duty's calendar grades it (duty.Timely.Grade), with the
// calendar's rules, so that a report and the calendar never disagree:
// duty.report-after-period (a condition, no breach: published before its
// one-year period ended, so not the report s.13(1) requires, which stays
// owed),
// duty.report-by-end-of-june (the guidance's end-of-June target),
// duty.report-within-policy (the partnership's own limit, or the module's
// default, judgement.Policy), and duty.publish-annual-report (statutory:
// "as soon as practicable" has passed, only past a day the caller states
// as a fact, judgement.TimePassed, or, unpublished, past the end of the
// following one-year period, which the finding calls the engine's
// reading). A report recorded as published after the judgement date is
// not yet published. Findings that cite the guidance are not raised for a
// report on a 2017-2020 plan, to which the 2nd edition does not apply.
// Rules lists the rule book.
//
// Ministers' powers not exercised are inputs with defaults saying none has
// been made: outcomes prescribed by order under section 13(1)(b)(ii)
// (judgement.Context.PrescribedOutcomes; none, guidance para 132) and the
// commencement of section 60 of the Children (Care, Care Experience and
// Services Planning) (Scotland) Act 2026, which adds the relevant
// integration joint board to the bodies that publish
// (judgement.Context.Act2026Section60); that the board publishes is the
// module's reading of section 60, whose amendments to section 13 were not
// retrieved, and a finding that rests on it says so. Every judgement is made as of the
// date and under the law, policy and facts of a [judgement.Context].
//
// For the national reviewers' spreadsheets, [Overview.Tables] gives the
// overview as tables (a row per plan with a column per criterion of
// Appendix A, 6a and 6b apart; the counts per criterion; the statutory
// findings by rule) and [Overview.WriteCSV] the table of plans as CSV.
//
// What the package does not model: the quality of what a report says
// (whether it is concise, accessible or a fair summary, paras 129-130,
// which a reader judges); whether a departure's ground is true (the
// provider's view under s.12(3)(a) is its own, and a notice of
// disagreement's legal effect is package consult's to decide from the
// notice itself); the review of the plan under section 11, which the
// guidance suggests the report may serve (paras 115, 131); and reports by
// other service providers, which Part 3 does not require (para 133).
//
// What may be shared: a [Report], a [PlanResult] and an [Overview] are
// plain values: judging, building the overview and writing it read them and
// never write them, so one value may be used from many goroutines at once
// as long as none of them writes to it. The rule book is read-only: each
// rule's ID is a constant ([RuleAimsReportedID] and the others, for
// [part3.Findings.WithRule]), [Rules] returns a new slice on each call, and
// [LookupRule] a copy of one rule.
package report
